"""The one place where the domain's structured findings become sentences, per language.

The counselling and comparison logic decides *what* is said (which concern, which component, which of the
article's sentences, whose link it is); this module decides *how* it reads in English or Japanese. Each
language is a table of templates with named fields; no other module of the domain glues words together.
Languages the table does not know read in English."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dermacounsel.domain.text import versions

SOURCE = "en"

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "reason": "{concern}: {text}",
        "join": "; ",
        "article_on": "the article says of {subject}: “{says}”",
        "article": "the article says: “{says}”",
        "by_clinic": "{says} (Linked to this concern by the clinic, not by the article.)",
        "by_app": "{says} (Linked to this concern by this app, not by the article.)",
        # a statement already quoted for an earlier concern of the same item: said once
        "again_article_on": "the article's words on {subject} are quoted above",
        "again_article": "the article's words are quoted above",
        "again_clinic": "the statement above (linked to this concern by the clinic, not by the article)",
        "again_app": "the statement above (linked to this concern by this app, not by the article)",
        "concerns": " · ",
        "lists": "it lists {shown}",
        "lists_open": "it lists {shown}, among others",
        "form_of": "{component} (a form of {target})",
        "listed_ingredient": "{component} ({category})",
        "holds_exosomes": "it lists {component}, which holds those cells' exosomes (this app's inference)",
        "exosomes": "{origin} exosomes",
        "stem_cells": "Stem cell-derived ingredients",
        "inferred": "{name} (inferred)",
        "origin_article": "the article",
        "origin_clinic": "the clinic's link ({note})",
        "origin_app": "this app's link ({note})",
        "detail": "{concern}: “{says}” — {origin}; {points} × {weight} = {total}",
        "carries": "carries the exosomes of {products} through the whole body",
        "delivers": "delivers the formulation to {reach}",
        "delivers_part": "delivers the formulation to {reach} (part of where it sits)",
        "reaches_detail": "{concern}: reaches {layers}; {points} × {weight}",
        "article_notes": "The article notes: {notes}",
        "unreached": "None of the article's procedures reaches where {concern} sits.",
        "reach_systemic": "the whole body, through the bloodstream",
        "reach_whole": "the {layer}",
        "reach_upper": "the top of the {layer}",
        "reach_central": "the {layer} down to its middle",
        "guide_stratum_corneum": "the stratum corneum",
        "guide_mid_epidermis": "the middle of the epidermis",
        "guide_lower_epidermis": "the lower epidermis, toward the basal layer",
        "guide_basal_layer": "the basal layer, at the border of the epidermis and the dermis",
        "guide_toward_dermis": "from the basal layer toward the dermis",
        "guide_dermis": "the dermis",
        "caution_skin_and_fat": "This setting is longer than the skin and fat together where they are thinnest "
        "(about {mm:.1f} mm at the forehead, by the measured ranges): take care at thin-skinned sites.",
        "caution_thin_skin": "This setting is longer than the thinnest facial skin (the dermis ends about {mm:.1f} "
        "mm deep at the eyelid): take care at thin-skinned sites.",
        "summary_lists": "{product} lists {parts}.",
        "summary_lists_open": "{product} lists, among others, {parts}.",
        "summary_none": "{product} lists no components.",
        "summary_factors": "growth factors ({factors})",
        "summary_factors_open": "growth factors ({factors_and_others})",
        "others": "others",
        "summary_profile": " Its profile, drawn from the growth factors it lists (not a rating of the product), is "
        "highest on {effects}.",
        "and": " and ",
        "comma": ", ",
        "sentence_end": "",
        # counselling: the rule for patients, and the clinic's edits said as such
        "rule": "Each concern is matched to what the article says addresses it. What is listed first matches more "
        "of those statements, higher concerns counting more, and the article's own statements more than this "
        "app's links. Things of equal standing are shown as equally suited, {order} (a product with a caution "
        "after an equal one without).",
        "order_alphabetical": "in alphabetical order",
        "order_preferred": "products in the clinic's preferred order ({names}), the rest alphabetically",
        "clinic_edit": "{reason} (the clinic's edit)",
        # importing a catalogue file: what it did or would do, entry by entry
        "import_entry": "{section} {name}",
        "import_summary": "{added:,} added, {changed:,} changed, {unchanged:,} left alone",
        "import_summary_removed": "{added:,} added, {changed:,} changed, {unchanged:,} left alone, {removed:,} removed",
        "import_not_written": "{summary} (nothing written)",
        "import_added": "Added: {names}",
        "import_changed": "Changed: {names}",
        "import_removed": "Removed: {names}",
        "import_more": "{names} and {rest:,} more",
        "import_entry_fields": "{entry} ({fields})",
        "import_fields_more": "{fields} and {rest:,} more",
        "field_comma": ", ",
        "field_action": "action",
        "field_bases": "statements it rests on",
        "field_cautions": "cautions",
        "field_citation": "citation",
        "field_components": "components",
        "field_description": "description",
        "field_description_source": "description's source",
        "field_effect": "effect",
        "field_effects": "effects",
        "field_expected_effects": "expected effects",
        "field_feature": "signature feature",
        "field_full_name": "full name",
        "field_growth_factors": "growth factors",
        "field_inference_note": "inference note",
        "field_inferred": "inferred",
        "field_ingredient_categories": "ingredient categories",
        "field_ingredients": "ingredients",
        "field_key": "key",
        "field_kind": "kind",
        "field_label": "label",
        "field_layers": "layers",
        "field_level": "level",
        "field_maker": "maker",
        "field_meaning": "meaning",
        "field_name": "name",
        "field_needle_depth_mm": "needle depth",
        "field_notes": "notes",
        "field_open": "open list",
        "field_parent": "parent layer",
        "field_procedure_note": "procedure note",
        "field_procedures_treat": "procedures",
        "field_rated": "rated",
        "field_ratings": "ratings",
        "field_reach": "reach",
        "field_reading_note": "reading note",
        "field_reason": "reason",
        "field_regions": "regions",
        "field_regions_source": "regions' source",
        "field_source": "source",
        "field_symbol": "symbol",
        "field_systemic": "systemic",
        "field_target_cells": "target cells",
        "field_text": "text",
        "field_thickness_mm": "thickness",
        "field_title": "title",
        "field_uptake": "uptake",
        "section_sources": "source",
        "section_scale": "scale step",
        "section_effects": "effect",
        "section_layers": "layer",
        "section_growth_factors": "growth factor",
        "section_preparations": "preparation",
        "section_ingredient_families": "ingredient family",
        "section_cell_derived_classes": "cell-derived class",
        "section_stem_cell_sources": "stem cell source",
        "section_exosome_origins": "exosome origin",
        "section_ingredient_categories": "ingredient category",
        "section_procedures": "procedure",
        "section_products": "product",
        "section_concerns": "concern",
        "section_statements": "statement",
        # what a slow catalogue operation is doing (domain.progress), shown under its progress bar
        "progress_count": "{doing}: {done:,} of {count:,}…",
        "progress_reading_file": "Reading the file…",
        "progress_checking_entries": "Checking its {count:,} entries…",
        "progress_checking_references": "Checking what refers to what…",
        "progress_file_valid": "The file is a valid catalogue.",
        "progress_reading_catalogue": "Reading the catalogue…",
        "progress_reading_products": "Reading the products…",
        "progress_reading_products_count": "Reading the products",
        "progress_writing_entries": "Writing the growth factors, ingredients and procedures…",
        "progress_writing_products": "Writing the products…",
        "progress_preparing_products": "Preparing the products",
        "progress_writing_records": "Writing the products: {done:,} of {count:,} records…",
        "progress_checking_merge": "Checking the catalogue the file would be merged into…",
        "progress_compared": "Compared with the catalogue.",
        "progress_checking_unchanged": "Checking the catalogue has not changed meanwhile…",
        "progress_clearing": "Clearing the old catalogue…",
        "progress_backing_up": "Backing up the catalogue first…",
        "progress_saving": "Saving…",
        "progress_imported": "Imported.",
        "progress_writing_file": "Writing {name}…",
        "progress_written": "Written.",
        # a catalogue file that cannot be used (storage.catalogue_file.CatalogueFileError): where, and what
        "file_problem": "{file}: {problem}",
        "file_problem_at": "{file}: {place}: {problem}",
        "file_merged": "{path} (merged into the catalogue)",
        "file_line_column": "line {line}, column {column}",
        "file_byte": "byte {byte}",
        "file_top_level": "(top level)",
        "file_json": "{detail}",
        "file_not_utf8": "is not UTF-8 text",
        "file_is_database": "is a DermaCounsel database or backup, not a catalogue file; 'dermacounsel restore FILE' "
        "puts a backup back",
        "file_not_object": "is not a catalogue: the top level must be a JSON object",
        "file_wrong_format": 'is not a DermaCounsel catalogue (expected "{expected}")',
        "file_version_type": "must be the whole number {version}, not {shown} (this program reads 1)",
        "file_version": "format version {given!r} is not supported (this program reads {version})",
        "file_is_other": "is {what}, not a catalogue file",
        "file_a_folder": "a folder",
        "file_a_pipe": "a pipe",
        "file_a_device": "a device or socket",
        "file_unreadable": "cannot be read ({reason})",
        "file_too_large": "is {size:,} bytes ({mib:.1f} MiB), too large to be a catalogue: the most is {most} MiB, "
        "which keeps an import within seconds (a catalogue of 10,000 products is about 6 MB); split it into smaller "
        "files and merge them one by one",
        "file_missing": "Field required",
        "file_extra": "Extra inputs are not permitted",
        "file_not_text": "Input should be a valid string",
        "file_not_integer": "Input should be a valid integer",
        "file_not_number": "Input should be a valid number",
        "file_not_list": "Input should be a valid list",
        "file_unknown_reference": "unknown reference {key!r}; known {among}",
        "file_known": "{kind} ({keys})",
        "file_duplicate": "duplicate {what} {key!r}",
        "file_duplicate_twin": "duplicate {what} {key!r} (the same as {twin!r} but for case or accents)",
        "file_duplicate_product_name": "duplicate product name {name!r}",
        "file_duplicate_product_key": "duplicate product key {key!r}",
        "file_duplicate_ingredient": "duplicate ingredient key {key!r}",
        "file_what_key": "key",
        "file_what_level": "level",
        "file_what_layer": "layer",
        "file_kind_sources": "sources",
        "file_kind_effects": "effects",
        "file_kind_layers": "layers",
        "file_kind_growth_factors": "growth factors",
        "file_kind_ingredients": "ingredients",
        "file_kind_stem_cell_sources": "stem cell sources",
        "file_kind_exosome_origins": "exosome origins",
        "file_kind_ingredient_categories": "ingredient categories",
        # storage and service errors (DatabaseError, EditError, UnknownEntry)
        "db_busy_write": "{path}: is busy: another program is writing to it. Nothing was changed; try again in a "
        "moment",
        "db_not_written": "{path}: could not be written ({reason}). Nothing was changed",
        "db_read_only_here": "{path}: is read-only here, so nothing can be changed in it",
        "db_other_sqlite": "{path}: is an SQLite database, but not a DermaCounsel catalogue; it was left as it is",
        "db_empty_sqlite": "{path}: is an empty SQLite database, not a DermaCounsel catalogue; it was left as it is",
        "db_busy": "{path}: is busy: another program is writing to it; try again in a moment",
        "db_not_ours": "{path}: is not a DermaCounsel database ({reason}). {hint}",
        "db_is_folder": "{path}: is a folder, not a database file",
        "db_none_to_open_read_only": "{path}: no database file there to open read-only",
        "db_read_only_newer": "{path}: is read-only and was written by a newer version of DermaCounsel (schema "
        "{revision}); it cannot be opened without being changed",
        "db_read_only_other": "{path}: is read-only and was written by another version of DermaCounsel (schema "
        "{revision}); it cannot be opened without being changed",
        "db_permission_denied": "{path}: cannot be read (permission denied)",
        "db_unreadable": "{path}: cannot be read ({reason})",
        "db_dangling_link": "{path}: is a symbolic link that leads nowhere (or to itself); it was left as it is",
        "db_is_other": "{path}: is {what}, not a database file; it was left as it is",
        "db_a_pipe": "a pipe (FIFO)",
        "db_empty_file": "{path}: is empty (0 bytes), so it holds no catalogue; it was left as it is. {hint}",
        "db_unusable_value": "{path}: holds a value DermaCounsel cannot use: {value}{more}; 'dermacounsel --db {path} "
        "check' lists every one. {hint}",
        "db_and_more": " (and more)",
        "db_no_backup": "No verified backup was found beside it",
        "db_newest_backup": "The newest verified backup is from {taken_at:%d %B %Y, %H:%M}: 'dermacounsel --db {path} "
        "restore {backup}' puts it back",
        "db_cannot_create_folder": "{path}: cannot create its folder ({reason})",
        "db_bundled_unusable": "the bundled catalogue is unusable: {error}",
        "db_cannot_create": "{path}: cannot create the database ({reason})",
        "db_newer": "{path}: was written by a newer version of DermaCounsel (schema {revision}); this version reads "
        "schema {head} and older. Install the newer DermaCounsel to open it.",
        "db_upgrade_failed": "{path}: the upgrade failed and was rolled back ({reason}); a copy was kept at {backup}",
        "db_broken_references": "the migration left {count} broken references",
        "db_none_to_check": "{path}: no database file there to check",
        "db_cannot_check": "{path}: cannot be checked ({reason})",
        "backup_failed_check": "{path}: the backup copy failed its integrity check ({verdict})",
        "backup_no_database": "{path}: no database file there to back up",
        "backup_failed": "{path}: cannot be backed up to {target} ({reason})",
        "backup_to_folder": "{path}: is a folder; give the name of the backup file to write",
        "backup_no_folder": "{path}: its folder {folder} does not exist",
        "backup_is_database": "{path}: is the database itself; give another file for the backup",
        "backup_not_ours": "{path}: already exists and is not a DermaCounsel backup; it was left as it is",
        "backups_unlisted": "{path}: the backups cannot be listed ({reason})",
        "restore_no_file": "{path}: no file there to restore",
        "restore_is_database": "{path}: is the database itself; nothing to restore",
        "restore_unsound": "{path}: is not a sound DermaCounsel database (it fails its integrity check or has no "
        "schema version); nothing was restored",
        "restore_schema": "{path}: has schema {revision}, and this version restores only schema {head}; nothing was "
        "restored",
        "restore_no_schema": "none",
        "restore_fails_checks": "{path}: fails the catalogue's checks ({problem}{more}); nothing was restored",
        "restore_more": " and {count:,} more",
        "restore_in_use": "{path}: is in use ({files} beside it); close it and restore again",
        "restore_copy_unsound": "{path}: the restored copy failed its integrity check; nothing was restored",
        "restore_failed": "{path}: cannot be restored from {source} ({reason})",
        "aside_no_database": "{path}: no database file there to move aside",
        "aside_failed": "{path}: cannot be moved aside ({reason})",
        "server_not_url": "{text}: not a database URL ({reason})",
        "server_sqlite_url": "{text}: an SQLite URL must name its file",
        "server_unsupported": "{text}: DermaCounsel works with SQLite files and {known} servers",
        "server_local": "the local server",
        "server_default_database": "(default database)",
        "server_service": "PostgreSQL service {service}",
        "server_database": "database {database} on {host}",
        "server_no_driver": "{server}: the PostgreSQL driver is not installed ({module}); install it with: pip "
        "install 'dermacounsel[postgres]'",
        "server_failed": "{server}: {doing} ({reason})",
        "server_cannot_connect": "cannot connect",
        "server_cannot_create": "cannot create or upgrade the catalogue",
        "server_cannot_copy": "cannot be copied",
        "server_cannot_read": "cannot be read",
        "server_restore_rolled_back": "the restore failed and was rolled back",
        "server_not_catalogue": "{server}: holds tables, but not a DermaCounsel catalogue",
        "server_read_only_upgrade": "{server}: has schema {revision}, and opening it read-only cannot upgrade it",
        "server_nothing_to_copy": "{server}: holds no catalogue to copy",
        "server_copy_failed": "{path}: the copy of {server} failed ({reason})",
        "server_copy_unsound": "{server}: the copy failed its checks ({problems})",
        "server_file_not_same": "{path}: the catalogue file did not import back as the same catalogue; not kept",
        "server_tool_failed": "{server}: {doing} failed ({reason})",
        "server_reading_archive": "reading {name}",
        "server_restoring_archive": "restoring {name} (rolled back)",
        "server_exit_status": "exit status {code}",
        "server_no_pg_dump": "pg_dump is not installed (PostgreSQL's client tools)",
        "server_dump_empty": "{path}: pg_dump's archive holds no table data; not kept",
        "server_no_backup_file": "{path}: no backup file there",
        "server_no_pg_restore": "{path}: is a pg_dump archive, and pg_restore is not installed to read it",
        "import_role_read_only": "{server}: the database role you log in as may read the catalogue, not change it; "
        "nothing was imported",
        "import_read_only": "{path}: is read-only (its file or folder cannot be written); nothing was imported",
        "offline_no_copy": "{error}; this computer keeps no copy of it to show instead ('dermacounsel sync --from "
        "URL' makes one while the server can be reached)",
        "sync_not_server": "{path}: is a file on this computer; only a server's catalogue is synced",
        "sync_needs_url": "{url}: sync copies from a server; give its URL (postgresql+psycopg://...)",
        "password_not_removed": "the password could not be taken out of the URL; leave it out and use ~/.pgpass",
        "password_refused": "a password is never stored in DermaCounsel's settings: leave it out of the URL and put "
        "it in ~/.pgpass or a service file (or install the keyring package to keep it in the system keyring)",
        "unknown_language": "unknown language {language!r}; known: {known}",
        "unknown_key": "unknown {what} {given!r}{hint}; valid: {known}",
        "did_you_mean": " (did you mean {suggestion!r}?)",
        "among_the_options": "{kind} among the options for these concerns",
        "kind_rating": "rating",
        "kind_product": "product",
        "kind_ingredient": "ingredient",
        "kind_ingredient_category": "ingredient category",
        "kind_growth_factor": "growth factor",
        "kind_treatment": "treatment",
        "kind_stem_cell_source": "stem cell source",
        "kind_exosome_origin": "exosome origin",
        "kind_procedure": "procedure",
        "kind_layer": "layer",
        "kind_concern": "concern",
        "list_comma": "{first}, {rest}",
        "edit_not_on_scale": "{level!r} is not on the four-step scale (0 to 3)",
        "edit_stale": "{kind} {name} was changed elsewhere since you opened it",
        "edit_rating_name": "{factor} on {effect}",
        "edit_cannot_delete": "a {kind} cannot be deleted, only changed",
        "edit_in_use": "{kind} {name} is used by {places}; change those first",
        "edit_used_by": "{kind} {name}",
        "edit_used_by_component": "product {product} ({component})",
        "edit_now_used": "{kind} {key} is now used elsewhere; it was kept",
        "edit_no_kind": "no kind of entry called {kind!r}",
        "edit_not_rated": "{factor} is not rated by the article, so it has no ratings to change",
        "edit_no_rating": "no rating of {factor} on {effect} in the catalogue",
        "edit_no_entry": "no {kind} {key!r} in the catalogue",
        "edit_no_such": "no {kind} {key!r}",
        "edit_key_changes": "a product's key cannot change ({old} → {new})",
        "edit_ratings_not_added": "ratings are changed, not added",
        "edit_cannot_add": "a new {kind} cannot be added here",
        "edit_unknown_reference": "unknown reference {key!r} (a {kind}) in {product}",
        "edit_article_no_rating": "the article gives no rating of {factor} on {effect}",
        "edit_article_no_entry": "the article has no {kind} {key!r}",
        "edit_unknown_source": "unknown source {key!r}",
        "edit_needs_reason": "a concern needs a reason (the sentence shown with it)",
        "edit_statement_kind": "statement {index}: {kind!r} is not something a concern can be addressed by",
        "edit_statement_target": "statement {index}: no {kind} {target!r} in the catalogue",
        "edit_statement_says": "statement {index}: say what addresses the concern",
        "edit_key_taken": "a {kind} with the key {key!r} exists already",
        "edit_needs_name": "a {kind} needs a name",
        "edit_name_taken": "a {kind} called {name!r} exists already",
        "edit_needs_effect": "an exosome origin needs at least one effect",
        "edit_needs_description": "a {kind} needs a description",
        "edit_field_problem": "{place}: {problem}",
    },
    "ja": {
        "reason": "{concern}：{text}",
        "join": "。",
        "article_on": "記事では{subject}について「{says}」と述べています",
        "article": "記事では「{says}」と述べています",
        "by_clinic": "{says}（クリニックによる関連づけで、記事によるものではありません）",
        "by_app": "{says}（この悩みとの関連づけは本アプリによるもので、記事によるものではありません）",
        "again_article_on": "記事の{subject}についての記載は上に引用したとおりです",
        "again_article": "記事の記載は上に引用したとおりです",
        "again_clinic": "上の記載（クリニックによる関連づけで、記事によるものではありません）",
        "again_app": "上の記載（この悩みとの関連づけは本アプリによるもので、記事によるものではありません）",
        "concerns": "、",
        "lists": "{shown}が含まれています",
        "lists_open": "{shown}などが含まれています",
        "form_of": "{component}（{target}の一種）",
        "listed_ingredient": "{component}（{category}）",
        "holds_exosomes": "{component}が含まれており、その細胞のエクソソームを含みます（本アプリの推論）",
        "exosomes": "{origin}エクソソーム",
        "stem_cells": "幹細胞由来成分",
        "inferred": "{name}（推論）",
        "origin_article": "記事",
        "origin_clinic": "クリニックによる関連づけ（{note}）",
        "origin_app": "本アプリによる関連づけ（{note}）",
        "detail": "{concern}：「{says}」— {origin}；{points} × {weight} = {total}",
        "carries": "{products}のエクソソームを全身に届けます",
        "delivers": "製剤を{reach}に届けます",
        "delivers_part": "製剤を{reach}に届けます（悩みのある層の一部まで）",
        "reaches_detail": "{concern}：{layers}に届きます；{points} × {weight}",
        "article_notes": "記事の注記：{notes}",
        "unreached": "記事の施術には、{concern}のある層まで届くものはありません。",
        "reach_systemic": "血流を通して全身",
        "reach_whole": "{layer}",
        "reach_upper": "{layer}の上部",
        "reach_central": "{layer}の中ほど",
        "guide_stratum_corneum": "角層",
        "guide_mid_epidermis": "表皮の中ほど",
        "guide_lower_epidermis": "表皮の下部（基底層の手前）",
        "guide_basal_layer": "表皮と真皮の境目にある基底層",
        "guide_toward_dermis": "基底層から真皮にかけて",
        "guide_dermis": "真皮",
        "caution_skin_and_fat": "この設定は、皮膚と皮下脂肪を合わせて最も薄いところ"
        "（計測範囲では額で約{mm:.1f} mm）より長くなっています。皮膚の薄い部位ではご注意ください。",
        "caution_thin_skin": "この設定は、顔で最も薄い皮膚（まぶたでは真皮が約{mm:.1f} mmの深さで終わります）より"
        "長くなっています。皮膚の薄い部位ではご注意ください。",
        "summary_lists": "{product}には{parts}が含まれています。",
        "summary_lists_open": "{product}には{parts}などが含まれています。",
        "summary_none": "{product}には成分の記載がありません。",
        "summary_factors": "成長因子（{factors}）",
        "summary_factors_open": "成長因子（{factors}など）",
        "others": "ほか",
        "summary_profile": "含まれる成長因子から描いたプロファイル（製品そのものの評価ではありません）では、"
        "{effects}が最も高くなっています。",
        "and": "と",
        "comma": "、",
        "sentence_end": "。",
        "rule": "それぞれのお悩みを、記事がそのお悩みに効くと述べている記載と照らし合わせます。上に表示されるものほど"
        "多くの記載に当てはまり、優先度の高いお悩みほど、また本アプリによる結び付けより記事自身の記載ほど重く数えます。"
        "同じ順位のものは「同程度に適しています」として{order}で表示します（注意事項のある製剤は、同じ順位の注意事項の"
        "ない製剤の後に表示します）。",
        "order_alphabetical": "アルファベット順",
        "order_preferred": "製剤はクリニックの指定順（{names}）、そのほかはアルファベット順",
        "clinic_edit": "{reason}（クリニックによる編集）",
        "import_entry": "{section}「{name}」",
        "import_summary": "追加{added:,}件、変更{changed:,}件、変更なし{unchanged:,}件",
        "import_summary_removed": "追加{added:,}件、変更{changed:,}件、変更なし{unchanged:,}件、削除{removed:,}件",
        "import_not_written": "{summary}（何も書き込んでいません）",
        "import_added": "追加：{names}",
        "import_changed": "変更：{names}",
        "import_removed": "削除：{names}",
        "import_more": "{names}ほか{rest:,}件",
        "import_entry_fields": "{entry}（{fields}）",
        "import_fields_more": "{fields}ほか{rest:,}項目",
        "field_comma": "・",
        "field_action": "作用",
        "field_bases": "根拠となる記述",
        "field_cautions": "注意事項",
        "field_citation": "引用",
        "field_components": "成分",
        "field_description": "説明",
        "field_description_source": "説明の出典",
        "field_effect": "効果",
        "field_effects": "効果",
        "field_expected_effects": "期待できる効果",
        "field_feature": "主な特徴",
        "field_full_name": "正式名称",
        "field_growth_factors": "成長因子",
        "field_inference_note": "推定の注記",
        "field_inferred": "推定",
        "field_ingredient_categories": "成分のカテゴリー",
        "field_ingredients": "成分",
        "field_key": "キー",
        "field_kind": "種類",
        "field_label": "表示名",
        "field_layers": "層",
        "field_level": "段階",
        "field_maker": "メーカー",
        "field_meaning": "意味",
        "field_name": "名前",
        "field_needle_depth_mm": "針の深さ",
        "field_notes": "メモ",
        "field_open": "「など」の扱い",
        "field_parent": "上位の層",
        "field_procedure_note": "施術の注記",
        "field_procedures_treat": "施術",
        "field_rated": "評価の有無",
        "field_ratings": "評価",
        "field_reach": "作用範囲",
        "field_reading_note": "読み方の注記",
        "field_reason": "理由",
        "field_regions": "部位",
        "field_regions_source": "部位の出典",
        "field_source": "出典",
        "field_symbol": "記号",
        "field_systemic": "全身への作用",
        "field_target_cells": "標的細胞",
        "field_text": "本文",
        "field_thickness_mm": "厚さ",
        "field_title": "題名",
        "field_uptake": "薬剤の取り込み",
        "section_sources": "出典",
        "section_scale": "評価の段階",
        "section_effects": "効果",
        "section_layers": "層",
        "section_growth_factors": "成長因子",
        "section_preparations": "製剤",
        "section_ingredient_families": "成分の系統",
        "section_cell_derived_classes": "細胞由来成分の分類",
        "section_stem_cell_sources": "幹細胞の由来",
        "section_exosome_origins": "エクソソームの由来",
        "section_ingredient_categories": "成分のカテゴリー",
        "section_procedures": "施術",
        "section_products": "製品",
        "section_concerns": "お悩み",
        "section_statements": "記述",
        "progress_count": "{doing}：{count:,}件中{done:,}件…",
        "progress_reading_file": "ファイルを読み込んでいます…",
        "progress_checking_entries": "{count:,}件の項目を確認しています…",
        "progress_checking_references": "項目どうしの参照を確認しています…",
        "progress_file_valid": "ファイルは有効なカタログです。",
        "progress_reading_catalogue": "カタログを読み込んでいます…",
        "progress_reading_products": "製品を読み込んでいます…",
        "progress_reading_products_count": "製品を読み込んでいます",
        "progress_writing_entries": "成長因子・成分・施術を書き込んでいます…",
        "progress_writing_products": "製品を書き込んでいます…",
        "progress_preparing_products": "製品を準備しています",
        "progress_writing_records": "製品を書き込んでいます：{count:,}件中{done:,}件…",
        "progress_checking_merge": "ファイルを統合した後のカタログを確認しています…",
        "progress_compared": "カタログとの比較が終わりました。",
        "progress_checking_unchanged": "その間にカタログが変更されていないか確認しています…",
        "progress_clearing": "以前のカタログを消去しています…",
        "progress_backing_up": "先にカタログをバックアップしています…",
        "progress_saving": "保存しています…",
        "progress_imported": "読み込みが終わりました。",
        "progress_writing_file": "{name}を書き込んでいます…",
        "progress_written": "書き込みが終わりました。",
        "file_problem": "{file}: {problem}",
        "file_problem_at": "{file}: {place}：{problem}",
        "file_merged": "{path}（カタログに統合した場合）",
        "file_line_column": "{line}行{column}列目",
        "file_byte": "{byte}バイト目",
        "file_top_level": "（最上位）",
        "file_json": "JSONとして読めません（{detail}）",
        "file_not_utf8": "UTF-8のテキストではありません",
        "file_is_database": "DermaCounselのデータベースまたはバックアップで、カタログファイルではありません。"
        "バックアップを戻すには「dermacounsel restore ファイル」を使います",
        "file_not_object": "カタログではありません：最上位はJSONのオブジェクトでなければなりません",
        "file_wrong_format": "DermaCounselのカタログではありません（「{expected}」のはずです）",
        "file_version_type": "整数の{version}でなければなりません（{shown}になっています。"
        "このプログラムが読めるのは1です）",
        "file_version": "形式のバージョン{given!r}には対応していません（このプログラムが読めるのは{version}です）",
        "file_is_other": "{what}で、カタログファイルではありません",
        "file_a_folder": "フォルダー",
        "file_a_pipe": "パイプ",
        "file_a_device": "デバイスまたはソケット",
        "file_unreadable": "読み込めません（{reason}）",
        "file_too_large": "{size:,}バイト（{mib:.1f} MiB）あり、カタログとしては大きすぎます。"
        "読み込みを数秒で終えるため、上限は{most} MiBです（製品1万件のカタログで約6 MB）。"
        "小さなファイルに分けて、1つずつ統合してください",
        "file_missing": "必須の項目がありません",
        "file_extra": "この形式にない項目です",
        "file_not_text": "文字列でなければなりません",
        "file_not_integer": "整数でなければなりません",
        "file_not_number": "数値でなければなりません",
        "file_not_list": "リストでなければなりません",
        "file_unknown_reference": "参照先{key!r}がありません。あるのは{among}です",
        "file_known": "{kind}（{keys}）",
        "file_duplicate": "{what}{key!r}が重複しています",
        "file_duplicate_twin": "{what}{key!r}が重複しています（大文字・小文字やアクセントを除けば{twin!r}と同じです）",
        "file_duplicate_product_name": "製品名{name!r}が重複しています",
        "file_duplicate_product_key": "製品のキー{key!r}が重複しています",
        "file_duplicate_ingredient": "成分のキー{key!r}が重複しています",
        "file_what_key": "キー",
        "file_what_level": "段階",
        "file_what_layer": "層",
        "file_kind_sources": "出典",
        "file_kind_effects": "効果",
        "file_kind_layers": "層",
        "file_kind_growth_factors": "成長因子",
        "file_kind_ingredients": "成分",
        "file_kind_stem_cell_sources": "幹細胞の由来",
        "file_kind_exosome_origins": "エクソソームの由来",
        "file_kind_ingredient_categories": "成分のカテゴリー",
        # storage and service errors (DatabaseError, EditError, UnknownEntry)
        "db_busy_write": "{path}：ほかのプログラムが書き込んでいる最中です。何も変更していません。"
        "少し待ってからもう一度お試しください",
        "db_not_written": "{path}：書き込めませんでした（{reason}）。何も変更していません",
        "db_read_only_here": "{path}：ここでは読み取り専用のため、変更できません",
        "db_other_sqlite": "{path}：SQLiteのデータベースですが、DermaCounselのカタログではありません。"
        "そのままにしてあります",
        "db_empty_sqlite": "{path}：空のSQLiteデータベースで、DermaCounselのカタログではありません。"
        "そのままにしてあります",
        "db_busy": "{path}：ほかのプログラムが書き込んでいる最中です。少し待ってからもう一度お試しください",
        "db_not_ours": "{path}：DermaCounselのデータベースではありません（{reason}）。{hint}",
        "db_is_folder": "{path}：フォルダーです。データベースのファイルではありません",
        "db_none_to_open_read_only": "{path}：読み取り専用で開くデータベースのファイルがありません",
        "db_read_only_newer": "{path}：読み取り専用で、新しいバージョンのDermaCounselで書かれています"
        "（スキーマ{revision}）。変更せずには開けません",
        "db_read_only_other": "{path}：読み取り専用で、別のバージョンのDermaCounselで書かれています"
        "（スキーマ{revision}）。変更せずには開けません",
        "db_permission_denied": "{path}：読み込めません（アクセス権がありません）",
        "db_unreadable": "{path}：読み込めません（{reason}）",
        "db_dangling_link": "{path}：どこにもつながっていない（または自分自身を指す）シンボリックリンクです。"
        "そのままにしてあります",
        "db_is_other": "{path}：{what}です。データベースのファイルではありません。そのままにしてあります",
        "db_a_pipe": "パイプ（FIFO）",
        "db_empty_file": "{path}：空（0バイト）で、カタログが入っていません。そのままにしてあります。{hint}",
        "db_unusable_value": "{path}：DermaCounselで使えない値が入っています：{value}{more}。"
        "「dermacounsel --db {path} check」ですべて確認できます。{hint}",
        "db_and_more": "（ほかにもあります）",
        "db_no_backup": "そばに確認済みのバックアップは見つかりませんでした",
        "db_newest_backup": "確認済みの最新のバックアップは{taken_at.year}年{taken_at.month}月{taken_at.day}日 "
        "{taken_at:%H:%M}のものです。「dermacounsel --db {path} restore {backup}」で元に戻せます",
        "db_cannot_create_folder": "{path}：フォルダーを作成できません（{reason}）",
        "db_bundled_unusable": "同梱のカタログが使えません：{error}",
        "db_cannot_create": "{path}：データベースを作成できません（{reason}）",
        "db_newer": "{path}：新しいバージョンのDermaCounselで書かれています（スキーマ{revision}）。"
        "このバージョンが読めるのはスキーマ{head}までです。開くには新しいDermaCounselをインストールしてください。",
        "db_upgrade_failed": "{path}：アップグレードに失敗したため、元に戻しました（{reason}）。"
        "コピーを{backup}に残してあります",
        "db_broken_references": "移行の後、壊れた参照が{count}件残りました",
        "db_none_to_check": "{path}：確認するデータベースのファイルがありません",
        "db_cannot_check": "{path}：確認できません（{reason}）",
        "backup_failed_check": "{path}：バックアップのコピーが整合性チェックに通りませんでした（{verdict}）",
        "backup_no_database": "{path}：バックアップするデータベースのファイルがありません",
        "backup_failed": "{path}：{target}にバックアップできません（{reason}）",
        "backup_to_folder": "{path}：フォルダーです。書き込むバックアップファイルの名前を指定してください",
        "backup_no_folder": "{path}：フォルダー{folder}がありません",
        "backup_is_database": "{path}：データベースそのものです。バックアップには別のファイルを指定してください",
        "backup_not_ours": "{path}：すでにあるファイルで、DermaCounselのバックアップではありません。"
        "そのままにしてあります",
        "backups_unlisted": "{path}：バックアップの一覧を読めません（{reason}）",
        "restore_no_file": "{path}：元に戻すファイルがありません",
        "restore_is_database": "{path}：データベースそのものです。元に戻すものはありません",
        "restore_unsound": "{path}：正常なDermaCounselのデータベースではありません（整合性チェックに通らないか、"
        "スキーマのバージョンがありません）。何も元に戻していません",
        "restore_schema": "{path}：スキーマ{revision}です。このバージョンが元に戻せるのはスキーマ{head}だけです。"
        "何も元に戻していません",
        "restore_no_schema": "なし",
        "restore_fails_checks": "{path}：カタログのチェックに通りません（{problem}{more}）。何も元に戻していません",
        "restore_more": "ほか{count:,}件",
        "restore_in_use": "{path}：使用中です（そばに{files}があります）。閉じてからもう一度元に戻してください",
        "restore_copy_unsound": "{path}：戻したコピーが整合性チェックに通りませんでした。何も元に戻していません",
        "restore_failed": "{path}：{source}から元に戻せません（{reason}）",
        "aside_no_database": "{path}：別名で退避するデータベースのファイルがありません",
        "aside_failed": "{path}：別名で退避できません（{reason}）",
        "server_not_url": "{text}：データベースのURLではありません（{reason}）",
        "server_sqlite_url": "{text}：SQLiteのURLにはファイル名が必要です",
        "server_unsupported": "{text}：DermaCounselで使えるのは、SQLiteのファイルと{known}のサーバーです",
        "server_local": "このコンピューターのサーバー",
        "server_default_database": "（既定）",
        "server_service": "PostgreSQLのサービス「{service}」",
        "server_database": "{host}のデータベース「{database}」",
        "server_no_driver": "{server}：PostgreSQLのドライバーがインストールされていません（{module}）。"
        "次のコマンドでインストールしてください：pip install 'dermacounsel[postgres]'",
        "server_failed": "{server}：{doing}（{reason}）",
        "server_cannot_connect": "接続できません",
        "server_cannot_create": "カタログを作成またはアップグレードできません",
        "server_cannot_copy": "コピーできません",
        "server_cannot_read": "読み込めません",
        "server_restore_rolled_back": "元に戻す処理に失敗したため、取り消しました",
        "server_not_catalogue": "{server}：テーブルはありますが、DermaCounselのカタログではありません",
        "server_read_only_upgrade": "{server}：スキーマ{revision}です。読み取り専用で開くため、"
        "アップグレードできません",
        "server_nothing_to_copy": "{server}：コピーするカタログがありません",
        "server_copy_failed": "{path}：{server}のコピーに失敗しました（{reason}）",
        "server_copy_unsound": "{server}：コピーがチェックに通りませんでした（{problems}）",
        "server_file_not_same": "{path}：カタログファイルを読み込み直すと同じカタログになりませんでした。"
        "保存していません",
        "server_tool_failed": "{server}：{doing}に失敗しました（{reason}）",
        "server_reading_archive": "{name}の読み込み",
        "server_restoring_archive": "{name}の復元（取り消し済み）",
        "server_exit_status": "終了コード{code}",
        "server_no_pg_dump": "pg_dump（PostgreSQLのクライアントツール）がインストールされていません",
        "server_dump_empty": "{path}：pg_dumpのアーカイブにテーブルのデータがありません。保存していません",
        "server_no_backup_file": "{path}：バックアップのファイルがありません",
        "server_no_pg_restore": "{path}：pg_dumpのアーカイブですが、読むためのpg_restoreがインストールされていません",
        "import_role_read_only": "{server}：ログインしているデータベースのロールでは、カタログを読むことはできますが、"
        "変更はできません。何も読み込んでいません",
        "import_read_only": "{path}：読み取り専用です（ファイルまたはフォルダーに書き込めません）。"
        "何も読み込んでいません",
        "offline_no_copy": "{error}。代わりに表示できるコピーがこのコンピューターにありません"
        "（サーバーにつながるときに「dermacounsel sync --from URL」で作れます）",
        "sync_not_server": "{path}：このコンピューター上のファイルです。同期できるのはサーバーのカタログだけです",
        "sync_needs_url": "{url}：同期はサーバーからコピーします。サーバーのURL（postgresql+psycopg://...）を"
        "指定してください",
        "password_not_removed": "URLからパスワードを取り除けませんでした。URLには含めず、~/.pgpassを使ってください",
        "password_refused": "パスワードはDermaCounselの設定には保存しません。URLから外して、~/.pgpassまたは"
        "サービスファイルに書いてください（keyringパッケージをインストールすると、システムのキーリングに保存できます）",
        "unknown_language": "言語「{language}」はありません。使えるのは{known}です",
        "unknown_key": "{what}「{given}」は見つかりません{hint}。指定できるのは次のとおりです：{known}",
        "did_you_mean": "（「{suggestion}」のことですか？）",
        "among_the_options": "これらのお悩みに合う{kind}",
        "kind_rating": "評価",
        "kind_product": "製品",
        "kind_ingredient": "成分",
        "kind_ingredient_category": "成分のカテゴリー",
        "kind_growth_factor": "成長因子",
        "kind_treatment": "治療",
        "kind_stem_cell_source": "幹細胞の由来",
        "kind_exosome_origin": "エクソソームの由来",
        "kind_procedure": "施術",
        "kind_layer": "層",
        "kind_concern": "お悩み",
        "list_comma": "{first}、{rest}",
        "edit_not_on_scale": "{level}は4段階の評価（0〜3）にありません",
        "edit_stale": "{kind}「{name}」は、開いた後にほかの場所で変更されました",
        "edit_rating_name": "{factor}の{effect}",
        "edit_cannot_delete": "{kind}は削除できません。変更だけできます",
        "edit_in_use": "{kind}「{name}」は{places}で使われています。先にそちらを変更してください",
        "edit_used_by": "{kind}「{name}」",
        "edit_used_by_component": "製品「{product}」（{component}）",
        "edit_now_used": "{kind}「{key}」は現在ほかで使われているため、残しました",
        "edit_no_kind": "「{kind}」という種類の項目はありません",
        "edit_not_rated": "{factor}は記事で評価されていないため、変更できる評価がありません",
        "edit_no_rating": "カタログに{factor}の{effect}についての評価はありません",
        "edit_no_entry": "カタログに{kind}「{key}」はありません",
        "edit_no_such": "{kind}「{key}」はありません",
        "edit_key_changes": "製品のキーは変更できません（{old} → {new}）",
        "edit_ratings_not_added": "評価は変更だけできます。追加はできません",
        "edit_cannot_add": "ここでは新しい{kind}を追加できません",
        "edit_unknown_reference": "{product}の参照先「{key}」（{kind}）がありません",
        "edit_article_no_rating": "記事には{factor}の{effect}についての評価がありません",
        "edit_article_no_entry": "記事には{kind}「{key}」がありません",
        "edit_unknown_source": "出典「{key}」はありません",
        "edit_needs_reason": "お悩みには理由（一緒に表示する文）が必要です",
        "edit_statement_kind": "記述{index}：「{kind}」は、お悩みに対応するものとして指定できません",
        "edit_statement_target": "記述{index}：カタログに{kind}「{target}」はありません",
        "edit_statement_says": "記述{index}：お悩みに何が対応するかを書いてください",
        "edit_key_taken": "キー「{key}」の{kind}はすでにあります",
        "edit_needs_name": "{kind}には名前が必要です",
        "edit_name_taken": "「{name}」という{kind}はすでにあります",
        "edit_needs_effect": "エクソソームの由来には効果が1つ以上必要です",
        "edit_needs_description": "{kind}には説明が必要です",
        "edit_field_problem": "{place}：{problem}",
    },
}


class Phrasing:
    """Sentences in one language: `Phrasing("ja").say("article", says=...)`."""

    def __init__(self, language: str = SOURCE) -> None:
        self.language = language if language in TEMPLATES else SOURCE
        self._table = TEMPLATES[self.language]

    @property
    def english(self) -> bool:
        return self.language == SOURCE

    def say(self, key: str, /, **fields: object) -> str:
        if not self.english and isinstance(fields.get("says"), str):
            # Japanese drops a quoted sentence's final 。 inside 「」 and before a note in （）
            fields["says"] = str(fields["says"]).rstrip("。")
        return self._table[key].format(**fields)

    def listing(self, items: Sequence[str]) -> str:
        """ "a, b and c" / 「a、bとc」."""
        if len(items) <= 1:
            return "".join(items)
        return self._table["comma"].join(items[:-1]) + self._table["and"] + items[-1]

    def joined(self, parts: Sequence[str]) -> str:
        return self._table["join"].join(parts) + (self._table["sentence_end"] if parts else "")

    def sentences(self, parts: Sequence[str]) -> str:
        """Parts said as sentences one after another: each ends with a full stop (English ". ", or after a
        closing quotation mark; Japanese 。), and English capitalises each after the first (the first follows
        a concern's colon as it is). "it lists FGF" + "the article says of FGF: “…”" → "it lists FGF. The
        article says of FGF: “…”"."""
        said = []
        for index, part in enumerate(part.strip() for part in parts if part.strip()):
            if self.english:
                part = part if index == 0 else part[:1].upper() + part[1:]
                said.append(part if part.endswith((".", "!", "?", ".”", "!”", "?”", ".)")) else part + ".")
            else:
                said.append(part if part.endswith("。") else part + "。")
        return ("" if not self.english else " ").join(said)

    def mid_sentence(self, text: str) -> str:
        """A catalogue text as it reads inside a sentence: English lowercases its first letter ("Hyaluronic
        acid" → "hyaluronic acid", "EGF" stays); Japanese has no case."""
        if not self.english:
            return text.rstrip("。")
        return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


class Said(str):
    """An English text that remembers how it was phrased (a key of these templates and its fields), so
    that whoever shows it can say it again in another language: `Said("file_missing").in_language("ja")`.
    It is the English text wherever a str is expected (messages, comparisons, logs)."""

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, /, **fields: object) -> Said:
        said = super().__new__(cls, Phrasing(SOURCE).say(key, **fields))
        said.key, said.fields = key, fields
        return said

    def __reduce__(self) -> tuple[object, ...]:  # pickled (to another process) as its key and fields
        return (_said, (self.key, self.fields))

    def in_language(self, language: str) -> str:
        say = Phrasing(language)
        fields = {name: in_language(value, language) for name, value in self.fields.items()}
        return say.say(self.key, **fields)


def _said(key: str, fields: dict[str, object]) -> Said:
    return Said(key, **fields)


def in_language(text: object, language: str) -> object:
    """`text` said in `language` when it is a `Said`; anything else as it is."""
    return text.in_language(language) if isinstance(text, Said) else text


class Named(Said):
    """A catalogue entry's name in every language the catalogue holds it in, as a `Said` without a template:
    its English (else its first) version wherever a str is expected, its version in another language when
    it is said again there (`in_language`), falling back to English. It lets an error name an entry the way
    the reader's language names it (製品「…」) without the error knowing the language."""

    names: dict[str, str]

    def __new__(cls, names: Mapping[str, str], /, fallback: str = "") -> Named:
        known = versions(names)
        english = known.get(SOURCE) or next(iter(known.values()), "") or fallback
        named = str.__new__(cls, english)
        named.key, named.fields, named.names = "", {}, {**known, SOURCE: english}
        return named

    def __reduce__(self) -> tuple[object, ...]:
        return (Named, (self.names,))

    def in_language(self, language: str) -> str:
        return self.names.get(language) or self.names[SOURCE]
