<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="42"/>
        <source>About DermaCounsel</source>
        <translation>DermaCounsel について</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="45"/>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="46"/>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="48"/>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="62"/>
        <source>&lt;h3&gt;DermaCounsel {version}&lt;/h3&gt;&lt;p&gt;A counselling aid for cosmetic dermatology clinics: growth factors, stem cell ingredients, exosomes, products and delivery procedures for dermapen formulations.&lt;/p&gt;&lt;p&gt;Its reference catalogue comes from a Smart Skin Clinic article on dermapen solutions, with facial skin measurements from Chopra et al. (2015) and Iyengar et al. (2018). Every fact shows its source.&lt;/p&gt;&lt;p&gt;Works offline; stores no patient data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DermaCounsel {version}&lt;/h3&gt;&lt;p&gt;美容皮膚科クリニックのためのカウンセリング支援ソフトです。ダーマペン導入液の成長因子・幹細胞由来成分・エクソソーム・製品・導入方法をご説明します。&lt;/p&gt;&lt;p&gt;参照カタログはスマートスキンクリニックのダーマペン導入液の記事にもとづき、顔の皮膚の厚さは Chopra ほか（2015年）と Iyengar ほか（2018年）の計測値を用いています。すべての情報に出典を示しています。&lt;/p&gt;&lt;p&gt;オフラインで動作し、患者さまのデータは保存しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="75"/>
        <source>Catalogue file: {catalogue}
Log folder: {log}</source>
        <translation>カタログファイル：{catalogue}
ログフォルダー：{log}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="84"/>
        <source>DermaCounsel uses Qt and Qt for Python (PySide6) under the GNU Lesser General Public License version 3. They are kept as separate, replaceable files in the app&apos;s folder; the Licences tab has their notices and where to get their source code.</source>
        <translation>DermaCounsel は Qt と Qt for Python（PySide6）を GNU 劣等一般公衆利用許諾書（LGPL）第3版のもとで使用しています。これらはアプリのフォルダー内に差し替え可能な別ファイルとして置かれています。著作権表示とソースコードの入手先は「ライセンス」タブをご覧ください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="103"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="103"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="103"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="104"/>
        <source>Third-party components</source>
        <translation>サードパーティーのコンポーネント</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="118"/>
        <source>Licence text</source>
        <translation>ライセンス本文</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/about.py" line="135"/>
        <source>The licence file {name} is missing from this installation.</source>
        <translation>ライセンスファイル {name} がこのインストールに含まれていません。</translation>
    </message>
</context>
<context>
    <name>BilingualField</name>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="44"/>
        <source>Japanese (日本語)</source>
        <extracomment>The languages the editor writes, left to right: the catalogue&apos;s English and its Japanese. Space between the two columns; the column header row uses the same, so that they line up.</extracomment>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="45"/>
        <source>English</source>
        <translation>英語（English）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="51"/>
        <source>The English was changed and the Japanese was not: check that the Japanese still says the same.</source>
        <translation>英語が変更され、日本語は変更されていません。日本語が同じ内容を表しているか確認してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="56"/>
        <source>The Japanese was changed and the English was not: check that the English still says the same.</source>
        <translation>日本語が変更され、英語は変更されていません。英語が同じ内容を表しているか確認してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="60"/>
        <source>Another language was changed and this one was not.</source>
        <translation>ほかの言語が変更され、この言語は変更されていません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="107"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="184"/>
        <source>⚠ Translation may be out of date</source>
        <translation>⚠ 翻訳が古い可能性があります</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="108"/>
        <source>Mark as up to date</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="110"/>
        <source>Both languages say the same: remove the mark (then Save)</source>
        <translation>両方の言語が同じ内容です：印を外します（そのあと保存してください）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="176"/>
        <source>Not translated yet</source>
        <translation>未翻訳</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="266"/>
        <source>One per line</source>
        <translation>1行に1つ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/bilingual.py" line="327"/>
        <source>Line {n}: {why}</source>
        <translation>{n}行目：{why}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="564"/>
        <source>Compare products</source>
        <extracomment>the display name of each product (unique within a language) and its stable key</extracomment>
        <translation>製品を比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="565"/>
        <source>Add a product…</source>
        <translation>製品を追加…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="566"/>
        <source>Add a product</source>
        <translation>製品を追加</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="567"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="568"/>
        <source>Show only differences</source>
        <translation>違いだけを表示</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="569"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="570"/>
        <source>Print preview of the comparison sheet (Ctrl+P)</source>
        <translation>比較シートの印刷プレビュー（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="571"/>
        <source>Export PDF…</source>
        <translation>PDF に書き出す…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="572"/>
        <source>Products compared</source>
        <translation>比較している製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="909"/>
        <source>Select a component to see what it is and where it acts.</source>
        <translation>成分を選ぶと、その成分の説明と作用する場所が表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="573"/>
        <source>The products in one sentence each</source>
        <translation>各製品をひとことで</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="575"/>
        <source>Profiles drawn from the growth factors each product lists: not a rating of the product.</source>
        <translation>各製品に記載された成長因子から描いたプロフィールです。製品そのものの評価ではありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="577"/>
        <source>Side by side</source>
        <translation>並べて比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="578"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="666"/>
        <source>No single product matches “{typed}”.</source>
        <translation>「{typed}」に一致する製品が一つに絞れません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="670"/>
        <source>{name} is already compared.</source>
        <translation>{name} はすでに比較中です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="673"/>
        <source>Compare at most four products: remove one first.</source>
        <translation>比較できるのは4製品までです。先に1つ外してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="746"/>
        <source>Add another product to compare.</source>
        <translation>比較する製品をもう1つ追加してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="748"/>
        <source>Four products: the most a sheet compares.</source>
        <translation>4製品：1枚のシートで比較できる上限です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="772"/>
        <source>{title} ({products}): {citation}</source>
        <translation>{title}（{products}）：{citation}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="920"/>
        <source>explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="928"/>
        <source>acts in</source>
        <translation>作用する場所</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="930"/>
        <source>the catalogue has no entry explaining it</source>
        <translation>カタログに説明がありません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="954"/>
        <source>comparison sheet</source>
        <translation>比較シート</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="963"/>
        <source>The clinic logo is left out ({problem}): choose it again in Settings.</source>
        <translation>クリニックのロゴは印刷されません（{problem}）。設定で選び直してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="982"/>
        <source>Add a second product first: the sheet compares two to four products.</source>
        <translation>まず製品をもう一つ加えてください。比較シートは2〜4製品を比べます。</translation>
    </message>
</context>
<context>
    <name>ComparisonSheet</name>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="31"/>
        <source>Profiles drawn from the growth factors each product lists</source>
        <translation>各製品に含まれる成長因子から描いたプロフィール</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="37"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="38"/>
        <source>Stem cell or culture components</source>
        <translation>幹細胞・培養液の成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="39"/>
        <source>Exosomes</source>
        <translation>エクソソーム</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="40"/>
        <source>Other actives</source>
        <translation>その他の有効成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="41"/>
        <source>Functional ingredients</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="149"/>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="265"/>
        <source>Product comparison: {products}</source>
        <extracomment>Japanese runs longer and its font&apos;s lines are taller: its table and summaries a half point smaller keep two products&apos; sheet on one page of Letter too the radar as printed: its size on paper (inches, so that its type prints at the sizes the chart sets) and its resolution (lossless in the PDF, sharp at print resolution) the summaries&apos; bullets indented this far (the document&apos;s pixels), not Qt&apos;s 40: in the narrow column beside the radar every pixel is a character more a line, and two products&apos; sheet fits on one page the radar&apos;s printed width in the document&apos;s pixels (96 per inch) where the plain words for the terms used go: in the column beside the radar, under the summaries (free where the summaries are shorter than the radar), or across the page under both (shorter where the summaries beside the radar are the longer already, as two products&apos; in Japanese can be)</extracomment>
        <translation>製品の比較：{products}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="157"/>
        <source>Component</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="161"/>
        <source>others, not named (“etc.”)</source>
        <translation>その他（記事の「など」）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="162"/>
        <source>more listed</source>
        <translation>ほかにもあり</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="163"/>
        <source>not listed by the article</source>
        <translation>記事に記載なし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="165"/>
        <source>● in all</source>
        <translation>● 全製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="166"/>
        <source>◆ only one</source>
        <translation>◆ 1製品のみ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="167"/>
        <source>◐ in some</source>
        <translation>◐ 一部</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="189"/>
        <source>About the products</source>
        <translation>製品について</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="190"/>
        <source>Maker</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="202"/>
        <source>● in all the products compared · ◐ in some of them · ◆ in only one of them · “etc.”: the article names examples, not every component.</source>
        <translation>●：比較したすべての製品に含まれる&#x3000;◐：一部の製品に含まれる&#x3000;◆：1製品のみに含まれる&#x3000;「など」：記事は例を挙げたもので、すべての成分を記載しているわけではありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="208"/>
        <source>● in all the products compared · ◆ in only one of them · “etc.”: the article names examples, not every component.</source>
        <translation>●：比較したすべての製品に含まれる&#x3000;◆：1製品のみに含まれる&#x3000;「など」：記事は例を挙げたもので、すべての成分を記載しているわけではありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/comparison_sheet.py" line="253"/>
        <source>printed on {date} with DermaCounsel</source>
        <translation>{date}&#x3000;DermaCounselで印刷</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1150"/>
        <source>Growth factor</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1151"/>
        <source>Exosomes (by origin)</source>
        <translation>エクソソーム（由来別）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1152"/>
        <source>Stem cells</source>
        <translation>幹細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1153"/>
        <source>Functional ingredients (category)</source>
        <translation>機能性成分（分類）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1154"/>
        <source>Treatment of its own</source>
        <translation>単独の治療</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1157"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1244"/>
        <source>Addressed by</source>
        <translation>対応するもの</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1158"/>
        <source>Which</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1161"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1183"/>
        <source>What addresses this concern</source>
        <translation>このお悩みに対応するもの</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1227"/>
        <source>Why this statement addresses the concern, when it is not the article&apos;s</source>
        <translation>記事の記載でない場合、この記載がお悩みに対応すると考える理由</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1229"/>
        <source>Add a statement</source>
        <translation>記載を追加</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1230"/>
        <source>Remove the statement</source>
        <translation>記載を削除</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1232"/>
        <source>Optional: a caution or a note on procedures for it</source>
        <translation>任意：このお悩みへの施術についての注意やメモ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1236"/>
        <source>Counselling counts only these statements: the article&apos;s count twice, a link by this app or by the clinic once. A statement you add or change is marked as the clinic&apos;s.</source>
        <translation>カウンセリングではこれらの記載だけを数えます。記事の記載は2、本アプリまたはクリニックによる結び付けは1として数えます。追加・変更した記載はクリニックによるものとして表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1177"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1242"/>
        <source>Name</source>
        <extracomment>on a statement&apos;s English &quot;says&quot; cell: why it is linked, as typed ({&quot;en&quot;: ..., &quot;ja&quot;: ...})</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1178"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1243"/>
        <source>Reason shown with it</source>
        <translation>一緒に表示する理由</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1204"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1247"/>
        <source>Why it is linked</source>
        <translation>結び付けた理由</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1249"/>
        <source>Where it sits</source>
        <translation>お悩みのある層</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1220"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1250"/>
        <source>Note on procedures</source>
        <translation>施術についてのメモ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1159"/>
        <source>It says (English)</source>
        <translation>記載（英語）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1160"/>
        <source>It says (日本語)</source>
        <translation>記載（日本語）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1280"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1346"/>
        <source>The clinic&apos;s (new)</source>
        <translation>クリニックによる（新規）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1449"/>
        <source>A name is required.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1451"/>
        <source>Give the reason shown with the concern.</source>
        <translation>お悩みと一緒に表示する理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1453"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1454"/>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1455"/>
        <source>note on procedures</source>
        <translation>施術についてのメモ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1462"/>
        <source>Statement {n}: choose what it is about.</source>
        <translation>記載{n}：対象を選んでください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1464"/>
        <source>Statement {n}: say what addresses the concern.</source>
        <translation>記載{n}：お悩みに何が対応するかを入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1466"/>
        <source>Statement {n}: give it in English too.</source>
        <translation>記載{n}：英語でも入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1468"/>
        <source>{name} exists already.</source>
        <translation>{name}はすでにあります。</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="106"/>
        <source>Delete?</source>
        <translation>削除しますか？</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="107"/>
        <source>Delete {what}? You can undo this with Ctrl+Z.</source>
        <translation>{what} を削除しますか？ Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>ConsultationSummary</name>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="201"/>
        <source>equally suited</source>
        <translation>同じくらい適しています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="218"/>
        <source>{name}: </source>
        <translation>{name}：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="244"/>
        <source>Nothing in the catalogue acts on these concerns.</source>
        <translation>これらのお悩みに作用するものはカタログにありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="299"/>
        <source>Your consultation</source>
        <translation>ご相談の内容</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="304"/>
        <source>{concern}: {reason}</source>
        <translation>{concern}：{reason}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="302"/>
        <source>Your concerns, most important first:</source>
        <translation>お悩み（大切な順）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="203"/>
        <source>equally suited; {order}</source>
        <translation>同じくらい適しています（{order}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="331"/>
        <source>{concern}: {note}</source>
        <translation>{concern}：{note}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="340"/>
        <source>Formulations with ingredients the article ties to your concerns</source>
        <translation>お悩みに関係する成分を含む導入液</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="347"/>
        <source>What the article says about those ingredients</source>
        <translation>それらの成分について記事が述べていること</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="352"/>
        <source>Exosomes and stem cells</source>
        <translation>エクソソームと幹細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="355"/>
        <source>A treatment of its own</source>
        <translation>単独で行う治療</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="358"/>
        <source>Procedures that deliver the formulation</source>
        <translation>導入液を届ける施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="363"/>
        <source>Everyday ingredients the article lists for these concerns</source>
        <translation>これらのお悩みに記事が挙げる身近な成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="371"/>
        <source>shown in the clinic&apos;s preferred order</source>
        <translation>クリニックの指定順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="373"/>
        <source>alphabetical</source>
        <translation>アルファベット順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="382"/>
        <source>Please note</source>
        <translation>ご注意ください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="407"/>
        <source>consultation summary</source>
        <translation>カウンセリングのまとめ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="417"/>
        <source>Consultation summary</source>
        <translation>カウンセリングのまとめ</translation>
    </message>
</context>
<context>
    <name>CounselView</name>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="51"/>
        <source>Formulations</source>
        <translation>導入液</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="52"/>
        <source>Cell-derived ingredients and treatments</source>
        <translation>細胞由来成分と治療</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="53"/>
        <source>Procedures</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="54"/>
        <source>Functional ingredients</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="249"/>
        <source>Counselling</source>
        <translation>カウンセリング</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="250"/>
        <source>Print summary…</source>
        <translation>まとめを印刷…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="251"/>
        <source>Export PDF…</source>
        <translation>PDF に書き出す…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="252"/>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="261"/>
        <source>The patient&apos;s concerns, most important first</source>
        <translation>患者さまのお悩み（重要な順）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="253"/>
        <source>Concerns to add</source>
        <translation>追加できるお悩み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="255"/>
        <source>More important</source>
        <translation>重要度を上げる</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="256"/>
        <source>Less important</source>
        <translation>重要度を下げる</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="257"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="262"/>
        <source>Add a concern: click to tick it</source>
        <translation>お悩みを追加：クリックでチェック</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="396"/>
        <source>Add the patient&apos;s concerns on the left to see what acts on them.</source>
        <translation>左で患者さまのお悩みを追加すると、それに作用するものが表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="424"/>
        <source>How they are ranked: {rule}</source>
        <translation>順位の決め方：{rule}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="488"/>
        <source>— equally suited; {order}</source>
        <translation>— 同程度に適しています（{order}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="263"/>
        <source>Show the reasoning (for the doctor)</source>
        <translation>根拠を表示（医師向け）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="264"/>
        <source>Adds each item&apos;s statements, their sources and the counts behind the order</source>
        <translation>各項目の記述と出典、順位の根拠となる点数を追加します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="407"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="408"/>
        <source>Exosomes and stem cells</source>
        <translation>エクソソームと幹細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="409"/>
        <source>Treatments of their own</source>
        <translation>単独の治療</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="426"/>
        <source>In detail: {rule}</source>
        <translation>詳しくは：{rule}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="432"/>
        <source>shown in the clinic&apos;s preferred order</source>
        <translation>クリニックの指定順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="433"/>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="489"/>
        <source>alphabetical</source>
        <translation>アルファベット順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="438"/>
        <source>Each statement addressing a concern counts 2 if it is the article&apos;s, 1 if it is this app&apos;s link; a concern&apos;s counts are multiplied by its place (of n concerns the first counts n, the last 1). A product counts every statement that applies to something it lists. A needle procedure counts 2 for each concern whose layers it reaches (1 for part of them), only with a suggested product and never for a concern it cannot treat; the IV drip only with an exosome formulation. Equal totals are equal standing.</source>
        <translation>お悩みに効くとする記載は、記事によるものを2、本アプリによる結び付けを1と数え、お悩みの順位を掛けます（n個のお悩みのうち1番目はn倍、最後は1倍）。製剤は、含まれる成分に当てはまる記載をすべて数えます。針を使う施術は、お悩みのある層まで届くごとに2（一部まで届く場合は1）と数えますが、提案する製剤があるときに限り、その施術で治療できないお悩みには数えません。点滴はエクソソーム製剤があるときに限ります。合計が同じものは同じ順位です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="449"/>
        <source>products in the clinic&apos;s preferred order ({names}), the rest alphabetically</source>
        <translation>製剤はクリニックの指定順（{names}）、そのほかはアルファベット順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="453"/>
        <source>in alphabetical order</source>
        <translation>アルファベット順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="455"/>
        <source>Each concern is matched to what the article says addresses it. What is listed first matches more of those statements, higher concerns counting more, and the article&apos;s own statements more than this app&apos;s links. Things of equal standing are shown as equally suited, {order} (a product with a caution after an equal one without).</source>
        <translation>それぞれのお悩みを、記事がそのお悩みに効くと述べている記載と照らし合わせます。上に表示されるものほど多くの記載に当てはまり、優先度の高いお悩みほど、また本アプリによる結び付けより記事自身の記載ほど重く数えます。同じ順位のものは「同程度に適しています」として{order}で表示します（注意事項のある製剤は、同じ順位の注意事項のない製剤の後に表示します）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="476"/>
        <source>Nothing in the catalogue acts on these concerns.</source>
        <translation>これらのお悩みに作用するものはカタログにありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="481"/>
        <source>Compare the first three</source>
        <translation>上位3つを比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="498"/>
        <source>{name}: count {score}</source>
        <translation>{name}：{score} 点</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="520"/>
        <source>consultation summary</source>
        <translation>カウンセリングのまとめ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="528"/>
        <source>The clinic logo is left out ({problem}): choose it again in Settings.</source>
        <translation>クリニックのロゴは印刷されません（{problem}）。設定で選び直してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/counsel_view.py" line="539"/>
        <source>Choose the patient&apos;s concerns first: the summary is made from them.</source>
        <translation>まず患者さまのお悩みを選んでください。まとめはお悩みから作られます。</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="195"/>
        <source>product</source>
        <extracomment>what the undo stack calls each kind of entry (&quot;Undo product Benev&quot;), translated where shown</extracomment>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="196"/>
        <source>ingredient</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="197"/>
        <source>exosome origin</source>
        <translation>エクソソームの由来</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="198"/>
        <source>procedure</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="199"/>
        <source>layer</source>
        <translation>皮膚の層</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="200"/>
        <source>ingredient category</source>
        <translation>成分の分類</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="201"/>
        <source>concern</source>
        <translation>お悩み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="212"/>
        <source>rating of {factor} on {effect}</source>
        <translation>{factor}の{effect}の評価</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="220"/>
        <source>{kind} {name}</source>
        <translation>{kind}「{name}」</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="241"/>
        <source>Undid: {what}.</source>
        <translation>元に戻しました：{what}。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="247"/>
        <source>Redid: {what}.</source>
        <translation>やり直しました：{what}。</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1847"/>
        <source>Edit catalogue</source>
        <translation>カタログを編集</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1944"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1848"/>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>直前の変更を取り消します（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1946"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1849"/>
        <source>Make the change again (Ctrl+Shift+Z)</source>
        <translation>取り消した変更をもう一度行います（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1882"/>
        <source>Changes are saved as you make them; Undo takes them back one by one.</source>
        <translation>変更はその都度保存されます。「元に戻す」で1つずつ取り消せます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1851"/>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1852"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1853"/>
        <source>Ingredients</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1854"/>
        <source>Effect categories</source>
        <translation>効果の分類</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1855"/>
        <source>Exosome origins</source>
        <translation>エクソソームの由来</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1856"/>
        <source>Procedures</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1857"/>
        <source>Layers</source>
        <translation>皮膚の層</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1858"/>
        <source>Concerns</source>
        <translation>お悩み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1883"/>
        <source>An entry&apos;s changes are saved when you press Save; Undo takes saved changes back one by one.</source>
        <translation>項目の変更は「保存」を押すと保存されます。「元に戻す」で保存した変更を1つずつ取り消せます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1944"/>
        <source>Undo {what}</source>
        <translation>元に戻す：{what}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1946"/>
        <source>Redo {what}</source>
        <translation>やり直す：{what}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="364"/>
        <source>Reload</source>
        <extracomment>what sets each of the form&apos;s own words, run again at a language switch (`retranslate`) each entry&apos;s name in each language, folded, to its key: (language, name) -&gt; key what `elsewhere` says, to say it again in another language: &quot;changed&quot; or &quot;deleted&quot; (&quot;&quot; hidden)</extracomment>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="365"/>
        <source>Show the entry as stored now; what you typed here is dropped</source>
        <translation>いま保存されている内容を表示します（ここで入力した内容は破棄されます）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="366"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="367"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="368"/>
        <source>Restore the article&apos;s version</source>
        <translation>記事の内容に戻す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="369"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="468"/>
        <source>Give the {what} in English too: every text has its English.</source>
        <translation>{what}を英語でも入力してください。すべての文には英語が必要です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="470"/>
        <source>{what}, line {n}: give it in English too.</source>
        <translation>{what}の{n}行目：英語でも入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="563"/>
        <source>{name} was changed elsewhere since you opened it. What you typed is kept here; Reload shows what is stored now (and drops what you typed).</source>
        <translation>{name} は、開いた後に別の端末で変更されました。入力した内容はここに残っています。「再読み込み」を押すと、いま保存されている内容を表示します（入力した内容は破棄されます）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="567"/>
        <source>{name} was deleted elsewhere since you opened it. What you typed is kept here.</source>
        <translation>{name} は、開いた後に別の端末で削除されました。入力した内容はここに残っています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="589"/>
        <source>New entry: saved as the clinic&apos;s</source>
        <translation>新しい項目：クリニック独自の項目として保存されます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="601"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="625"/>
        <source>Nothing to save: the form is as stored.</source>
        <translation>保存する変更はありません。保存済みの内容のままです。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="614"/>
        <source>{name} was changed elsewhere since you opened it; it is shown as stored now, and what you typed was not saved.</source>
        <translation>{name} は、開いた後に別の端末で変更されました。いま保存されている内容を表示しています。入力した内容は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="620"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="633"/>
        <source>Saved {name}.</source>
        <translation>{name} を保存しました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="642"/>
        <source>Deleted {name}.</source>
        <translation>{name} を削除しました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="655"/>
        <source>Restored the article&apos;s {name}.</source>
        <translation>{name} を記事の内容に戻しました。</translation>
    </message>
</context>
<context>
    <name>ExplorerView</name>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="161"/>
        <source>None</source>
        <extracomment>products the panel lists for a region; the rest are counted per region, the first products acting there and how many do (read, like the rest, once)</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="163"/>
        <source>Show the reach of {name}</source>
        <translation>{name} が届く深さを表示</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="164"/>
        <source>Needle depth</source>
        <translation>針の深さ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="167"/>
        <source>What acts here</source>
        <translation>ここに作用するもの</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="289"/>
        <source>Needle setting: {depth:.1f} mm
guide targets {target}</source>
        <translation>針の設定：{depth:.1f} mm
目安の到達層：{target}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="295"/>
        <source>Choose a procedure to see how deep it reaches.</source>
        <translation>施術を選ぶと、どの深さまで届くかが表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="303"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: systemic. It reaches the whole body through the bloodstream.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：全身性です。血流を通じて全身に届きます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="309"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; set to {depth:.1f} mm: the clinic&apos;s depth guide targets {target} at this setting. The drawn needle is the setting, not a measured penetration: skin gives under the pen and needles go less deep than their setting.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; を {depth:.1f} mm に設定：クリニックの深さの目安では、この設定で{target}をねらいます。図の針は設定値であり、実際に刺さる深さの計測値ではありません。皮膚はペンの圧で沈むため、針は設定より浅く入ります。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="316"/>
        <source>The fat begins {low:.2f} to {high:.2f} mm deep, depending on where on the face.</source>
        <translation>脂肪は顔の部位によって、深さ {low:.2f}～{high:.2f} mm から始まります。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="321"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; reaches {layers}, with no gap: a needle passes every layer above.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; は{layers}まで届きます。針はその上のすべての層を通るため、途中が抜けることはありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/view.py" line="331"/>
        <source>To scale at typical facial thickness; the epidermis is drawn {factor:.0f}× thicker to be seen; muscle and bone are not measured. Thickness: {sources}.</source>
        <translation>顔の皮膚の標準的な厚さの縮尺です。表皮は見やすいよう {factor:.0f} 倍の厚さで描いています。筋肉と骨は計測値ではありません。厚さの出典：{sources}。</translation>
    </message>
</context>
<context>
    <name>GrowthFactorsView</name>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="351"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="355"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="356"/>
        <source>One chart each</source>
        <translation>1つずつ並べて表示</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="358"/>
        <source>Draw each one in its own small chart, side by side, instead of all on one chart</source>
        <translation>1つのグラフに重ねず、1つずつ小さなグラフに分けて並べて表示します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="360"/>
        <source>Save chart…</source>
        <translation>グラフを保存…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="361"/>
        <source>Save the chart as PNG, SVG or PDF (Ctrl+S)</source>
        <translation>グラフを PNG・SVG・PDF で保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="362"/>
        <source>Growth factors to show</source>
        <translation>表示する成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="363"/>
        <source>Products to show</source>
        <translation>表示する製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="366"/>
        <source>A product&apos;s profile is drawn from the growth factors it lists, not a rating of the product (the article rates growth factors only): for each effect, the strongest rating among the rated growth factors it lists. Its lists are main components and may end in &quot;etc.&quot;; products that list no rated growth factor have no profile.</source>
        <translation>製品のプロフィールは、その製品に記載された成長因子から描いたもので、製品そのものの評価ではありません（記事が評価しているのは成長因子だけです）。効果ごとに、記載された評価済みの成長因子のうち最も高い評価を示します。記載は主成分で「など」で終わることがあります。評価済みの成長因子が記載されていない製品にはプロフィールがありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="372"/>
        <source>bFGF counts as FGF.</source>
        <translation>bFGF は FGF として数えます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="374"/>
        <source>* inferred from the article&apos;s text</source>
        <translation>* 記事の本文から推定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="377"/>
        <source>About the selected growth factors</source>
        <translation>選んだ成長因子について</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="335"/>
        <source>{name} (not rated)</source>
        <extracomment>what was read in each language (`_read_catalogue`), and the names searched in every language each product&apos;s name in the view&apos;s language and its stable key</extracomment>
        <translation>{name}（評価なし）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="337"/>
        <source>{name} (no rated growth factor)</source>
        <translation>{name}（評価済みの成長因子なし）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="340"/>
        <source>The article does not rate it, so there is nothing to draw.</source>
        <translation>記事で評価されていないため、描くものがありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="352"/>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="355"/>
        <source>Factors</source>
        <translation>因子ごと</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="375"/>
        <source>Point at a dot to read its rating.</source>
        <translation>点にポインターを合わせると評価が表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="573"/>
        <source>Tick one or more to compare them.</source>
        <translation>1つ以上チェックすると比較できます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="585"/>
        <source>Inferred</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="592"/>
        <source>Text and table</source>
        <translation>本文と表</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="594"/>
        <source>Signature feature</source>
        <translation>主な特徴</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="597"/>
        <source>Target cells</source>
        <translation>標的細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="603"/>
        <source>Expected effects</source>
        <translation>期待できる効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="614"/>
        <source>Drawn from the growth factors it lists</source>
        <translation>記載された成長因子から描いています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="615"/>
        <source>Not a rating of the product: the article rates growth factors.</source>
        <translation>製品の評価ではありません。記事が評価しているのは成長因子です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="622"/>
        <source>Also lists, not rated by the article</source>
        <translation>ほかに記載があるもの（記事では評価なし）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="686"/>
        <source>&lt;b&gt;{effect}&lt;/b&gt;, strongest first: {listing}</source>
        <translation>&lt;b&gt;{effect}&lt;/b&gt;（強い順）：{listing}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="693"/>
        <source>Click an effect&apos;s name to rank the growth factors on it.</source>
        <translation>効果の名前をクリックすると、その効果で成長因子を順位づけします。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="709"/>
        <source>Chart not saved</source>
        <translation>グラフを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="710"/>
        <source>{path}: {error}</source>
        <translation>{path}：{error}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="713"/>
        <source>Saved the chart to {path}</source>
        <translation>グラフを {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="138"/>
        <source>DermaCounsel help</source>
        <translation>DermaCounsel ヘルプ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="140"/>
        <location filename="../../dermacounsel/ui/help.py" line="143"/>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="142"/>
        <location filename="../../dermacounsel/ui/help.py" line="144"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>IngredientForm</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1086"/>
        <source>Beside a needle procedure, show the clinic&apos;s timing note for it</source>
        <translation>針を使う施術では、クリニックの使用時期の注意を表示する</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1088"/>
        <source>The clinic&apos;s note on stopping acids and retinol before needling (statement acid-timing)</source>
        <translation>針を使う施術の前に酸やレチノールを控えることについてのクリニックの注意（記載 acid-timing）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1081"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1092"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1093"/>
        <source>Expected effect</source>
        <translation>期待できる効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1134"/>
        <source>An ingredient needs a name.</source>
        <translation>成分には名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1135"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1138"/>
        <source>{name} exists already.</source>
        <translation>{name} はすでにあります。</translation>
    </message>
</context>
<context>
    <name>IngredientsView</name>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="82"/>
        <source>Ingredients</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="82"/>
        <source>Filter ingredients, effects, cells…</source>
        <translation>成分・効果・細胞で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="106"/>
        <source>Functional</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="108"/>
        <source>Ingredient</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="109"/>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="352"/>
        <source>Expected effect</source>
        <translation>期待できる効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="115"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="118"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="122"/>
        <source>Full name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="123"/>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="372"/>
        <source>Signature feature</source>
        <translation>主な特徴</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="129"/>
        <source>Stem cells</source>
        <translation>幹細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="130"/>
        <source>Stem cell source</source>
        <translation>幹細胞の由来</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="135"/>
        <source>Exosomes</source>
        <translation>エクソソーム</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="137"/>
        <source>Origin</source>
        <translation>由来</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="138"/>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="431"/>
        <source>Effects</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="146"/>
        <source>Details of the selected entry</source>
        <translation>選んだ項目の詳細</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="256"/>
        <source>Inferred from the article&apos;s text.</source>
        <extracomment>the details panel is never squeezed below this to make room for the tabs</extracomment>
        <translation>記事の本文から推定しています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="273"/>
        <source>No entry matches the filter.</source>
        <translation>絞り込みに一致する項目がありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="349"/>
        <source>The article names it as an example of this effect (its list ends in “etc.”).</source>
        <translation>記事ではこの効果の例として挙げられています（記載は「など」で終わっています）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="351"/>
        <source>Functional ingredient</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="365"/>
        <source>Inferred</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="377"/>
        <source>Target cells</source>
        <translation>標的細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="382"/>
        <source>inferred</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="387"/>
        <source>Acts in</source>
        <translation>作用する場所</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="390"/>
        <source>Rated effects</source>
        <translation>評価された効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="394"/>
        <source>Expected effects</source>
        <translation>期待できる効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="397"/>
        <source>The article does not rate this growth factor.</source>
        <translation>記事ではこの成長因子は評価されていません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="401"/>
        <source>contains it, with</source>
        <translation>に含まれています。ほかの成分：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/ingredients_view.py" line="430"/>
        <source>exosomes</source>
        <translation>エクソソーム</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../dermacounsel/ui/jobs.py" line="68"/>
        <source>Cancel</source>
        <extracomment>Show the progress dialog only for work that takes longer than this (milliseconds). The bar&apos;s steps: fine enough to move smoothly.</extracomment>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="77"/>
        <location filename="../../dermacounsel/ui/main_window.py" line="300"/>
        <source>Views</source>
        <extracomment>how many widget levels a changed size hint climbs, at most, from a label to the window what was set up in views rebuilt by a language switch, until each is shown again</extracomment>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="168"/>
        <source>This catalogue is read-only ({path}): it can be shown, not changed.</source>
        <translation>このカタログは読み取り専用です（{path}）。表示はできますが変更はできません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="301"/>
        <location filename="../../dermacounsel/ui/main_window.py" line="345"/>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="303"/>
        <location filename="../../dermacounsel/ui/main_window.py" line="503"/>
        <source>Full screen, larger type, no editing controls (F11; Escape leaves)</source>
        <translation>全画面・大きな文字・編集操作なしで表示します（F11、Esc で終了）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="415"/>
        <location filename="../../dermacounsel/ui/main_window.py" line="416"/>
        <source>Leave presentation (Esc)</source>
        <translation>プレゼンテーションを終了（Esc）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="147"/>
        <source>Offline: {reason}. Showing this computer&apos;s copy of the catalogue, brought from the server {age} ago ({when}); it can be shown, not changed, until the server can be reached.</source>
        <translation>オフライン：{reason}。このコンピューターにあるカタログの写し（{age}前、{when} にサーバーから取得）を表示しています。サーバーにつながるまでは表示のみで、変更はできません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="151"/>
        <source>{n} minutes</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="153"/>
        <source>{n} hours</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="155"/>
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="162"/>
        <source>This catalogue is read-only ({server}): the database role you log in as may read it, not change it. Editing is done from a desk with an editor&apos;s role.</source>
        <translation>このカタログは読み取り専用です（{server}）。ログインしているデータベースのロールは閲覧のみ可能で、変更はできません。編集は編集者のロールを持つ端末から行ってください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="238"/>
        <source>Cannot read the catalogue just now: {reason}</source>
        <translation>いまカタログを読み込めません：{reason}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="264"/>
        <source>The catalogue was changed elsewhere; what is shown is up to date.</source>
        <translation>カタログが別の端末で変更されました。表示は最新の内容に更新されています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="418"/>
        <source>P&amp;resent to the patient</source>
        <translation>患者さまに見せる(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="484"/>
        <location filename="../../dermacounsel/ui/main_window.py" line="540"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="519"/>
        <source>Nothing to print in this view: Compare prints the comparison sheet, Counselling the consultation summary.</source>
        <translation>この画面には印刷するものがありません。「比較」では比較シートを、「カウンセリング」ではカウンセリングのまとめを印刷できます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="531"/>
        <source>&amp;Print the {document}…</source>
        <translation>{document}を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="531"/>
        <source>Print preview of the {document}</source>
        <translation>{document}の印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="493"/>
        <location filename="../../dermacounsel/ui/main_window.py" line="541"/>
        <source>Export as P&amp;DF…</source>
        <translation>PDFに書き出す(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="419"/>
        <source>Present to the patient</source>
        <translation>患者さまに見せる</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="532"/>
        <source>Write the {document} as PDF</source>
        <translation>{document}をPDFとして保存</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="532"/>
        <source>Export the {document} as P&amp;DF…</source>
        <translation>{document}をPDFに書き出す(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="626"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="627"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="628"/>
        <source>&amp;Import catalogue…</source>
        <translation>カタログを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="629"/>
        <source>&amp;Export catalogue…</source>
        <translation>カタログを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="630"/>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="631"/>
        <source>&amp;Copy the server&apos;s catalogue to this computer</source>
        <translation>サーバーのカタログをこのコンピューターに写す(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="633"/>
        <source>Keep this computer&apos;s copy up to date, for the days the server cannot be reached</source>
        <translation>サーバーにつながらない日のために、このコンピューターの写しを最新にしておきます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="635"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="636"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="639"/>
        <source>&amp;Edit catalogue</source>
        <translation>カタログを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="640"/>
        <source>&amp;Filter…</source>
        <translation>絞り込み(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="641"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="643"/>
        <source>&amp;About DermaCounsel</source>
        <translation>DermaCounsel について(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="655"/>
        <source>%n product</source>
        <translation>
            <numerusform>製品%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="655"/>
        <source>%n products</source>
        <translation>
            <numerusform>製品%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="657"/>
        <source>%n growth factor</source>
        <translation>
            <numerusform>成長因子%n種類</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="657"/>
        <source>%n growth factors</source>
        <translation>
            <numerusform>成長因子%n種類</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="659"/>
        <source>%n ingredient</source>
        <translation>
            <numerusform>成分%n種類</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="659"/>
        <source>%n ingredients</source>
        <translation>
            <numerusform>成分%n種類</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="660"/>
        <source>%n procedure</source>
        <translation>
            <numerusform>施術%n種類</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dermacounsel/ui/main_window.py" line="660"/>
        <source>%n procedures</source>
        <translation>
            <numerusform>施術%n種類</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="662"/>
        <source> · </source>
        <comment>between the counts of the status bar</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="664"/>
        <source>Catalogue: {summary}</source>
        <translation>カタログ：{summary}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="696"/>
        <source>Copied the server&apos;s catalogue to this computer ({path}).</source>
        <translation>サーバーのカタログをこのコンピューターに写しました（{path}）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="698"/>
        <source>Start DermaCounsel again to work on the server.</source>
        <translation>サーバー上で作業するには、DermaCounsel を起動し直してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="705"/>
        <source>Copy failed</source>
        <translation>写せませんでした</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="708"/>
        <source>Copying the server&apos;s catalogue…</source>
        <translation>サーバーのカタログを写しています…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="730"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/main_window.py" line="770"/>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="52"/>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="59"/>
        <source>Formulation</source>
        <translation>導入液</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="53"/>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="59"/>
        <source>Procedure</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="61"/>
        <source>Not chosen</source>
        <translation>選択なし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="62"/>
        <source>Note for the patient</source>
        <translation>患者さまへのメモ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="63"/>
        <source>A note printed under your suggestion (not saved)</source>
        <translation>おすすめの下に印刷するメモ（保存されません）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="50"/>
        <source>Your suggestion (printed on the summary)</source>
        <translation>医師のおすすめ（サマリーに印刷）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/plan_picker.py" line="54"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="75"/>
        <source>Optional; used for this printout only</source>
        <translation>任意。この印刷にだけ使います</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="77"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="78"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="80"/>
        <source>The name is printed on the pages and is not saved anywhere.</source>
        <translation>お名前はページに印刷されるだけで、どこにも保存されません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="83"/>
        <source>Patient&apos;s name</source>
        <translation>患者さまのお名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="84"/>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="117"/>
        <source>Prepared for {name}</source>
        <extracomment>the article&apos;s statement every printout ends with: effects vary from person to person the style every document adds to its own (headings and the small grey print) what a Japanese patient&apos;s name may already end with, so that 様 is not added twice</extracomment>
        <translation>{name} 様</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="139"/>
        <source>{product}: {caution}</source>
        <translation>{product}：{caution}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="161"/>
        <source>(Source: {source})</source>
        <translation>（出典：{source}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="172"/>
        <source>{term}: {meaning}</source>
        <translation>{term}：{meaning}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="177"/>
        <source>Words used here — {words}.</source>
        <translation>この用紙の用語&#x3000;{words}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/pages.py" line="214"/>
        <source>Page {page} of {pages}</source>
        <extracomment>Japanese has no italic (a slanted kanji is a distorted one): emphasis stays upright Adjusts a document&apos;s flow once its page height is known (keeping a heading with what follows). A document&apos;s HTML, given the marks (see `keep_with_next`) that start a new page. what a mark&apos;s anchor holds: Qt gives an anchor&apos;s name to its first character, and a heading&apos;s own first letter in a run of its own came apart from its word when the PDF&apos;s text was read back the style that starts an element on a new page</extracomment>
        <translation>{page} / {pages} ページ</translation>
    </message>
</context>
<context>
    <name>ProceduresView</name>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="189"/>
        <source>✓ Yes</source>
        <extracomment>what else the filter finds the row by: the names in every language of what it names (a layer) likewise for a procedure&apos;s value (the layers it reaches) the row of pictures: each procedure&apos;s reach drawn on the skin section, in place of a text the working range or a layer reached: a systemic procedure&apos;s one cell spans these rows prose (the description, the notes): at most CLAMPED_LINES lines until the row is clicked open a cell shows at most this many lines until its row is clicked open; its tooltip has all of it the pictures&apos; row is this many lines of the table&apos;s type tall (so it grows with presentation&apos;s type) the columns of systemic procedures, whose one reach cell spans many rows the titles of the rows clicked open, shown whole</extracomment>
        <translation>✓ 届く</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="190"/>
        <source>✓ Top part</source>
        <translation>✓ 上部まで</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="191"/>
        <source>✓ Down to its middle</source>
        <translation>✓ 中ほどまで</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="197"/>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="205"/>
        <source>Whole body (systemic)</source>
        <translation>全身（全身性）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="214"/>
        <source>{low} to {high} mm, in {step} mm steps</source>
        <translation>{low}～{high} mm（{step} mm 単位）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="218"/>
        <source>Passive</source>
        <translation>受動的</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="218"/>
        <source>Active</source>
        <translation>能動的</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="242"/>
        <source>What it is</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="231"/>
        <source>Working range</source>
        <translation>作用範囲</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="234"/>
        <source>Reaches: {layer}</source>
        <translation>到達：{layer}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="230"/>
        <source>Uptake of the solution</source>
        <translation>薬剤の取り込み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="229"/>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="295"/>
        <source>Needle depth</source>
        <translation>針の深さ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="228"/>
        <source>How deep it reaches</source>
        <translation>届く深さ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="241"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="256"/>
        <source>Procedures</source>
        <extracomment>each procedure&apos;s key and names in every language: typing one shows its column each procedure&apos;s reach on the skin section, as the explorer draws it, in the pictures&apos; row</extracomment>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="256"/>
        <source>Filter properties or values…</source>
        <translation>項目や値で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="261"/>
        <source>How each procedure delivers a formulation: the layers it reaches, how the skin takes up the solution, and what to expect.</source>
        <translation>それぞれの施術が導入液をどう届けるか：届く層、薬剤の取り込み方、そして期待できることです。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="270"/>
        <source>Procedures compared</source>
        <translation>施術の比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/procedures_view.py" line="299"/>
        <source>What {procedure} is: not from the article, but {source}: {citation}</source>
        <translation>{procedure}の説明：記事からではなく、{source}より：{citation}</translation>
    </message>
</context>
<context>
    <name>ProductChip</name>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="323"/>
        <source>Move {name} left</source>
        <translation>{name} を左へ移動</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="324"/>
        <source>Move {name} right</source>
        <translation>{name} を右へ移動</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="325"/>
        <source>Remove {name}</source>
        <translation>{name} を外す</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="89"/>
        <source>Growth factor</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="90"/>
        <source>Stem cell or culture</source>
        <translation>幹細胞・培養液</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="91"/>
        <source>Exosome</source>
        <translation>エクソソーム</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="92"/>
        <source>Other active</source>
        <translation>その他の有効成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="93"/>
        <source>Functional ingredient</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="670"/>
        <source>Product name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="725"/>
        <source>Kind</source>
        <extracomment>per row of the table, the component (or group item) it was filled from, for its other languages</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="728"/>
        <source>Catalogue entry</source>
        <translation>カタログの項目</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="734"/>
        <source>What the catalogue knows this component as; “not in the catalogue” leaves it unlinked</source>
        <translation>カタログ上でこの成分にあたる項目です。「カタログにない」を選ぶと結び付けません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="702"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="691"/>
        <source>Add component</source>
        <translation>成分を追加</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="692"/>
        <source>Remove component</source>
        <translation>成分を削除</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="693"/>
        <source>The growth factors listed are examples (“etc.”)</source>
        <translation>記載の成長因子は例です（「など」）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="671"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="703"/>
        <source>Maker</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="705"/>
        <source>Components</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="696"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="709"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="913"/>
        <source>Cautions</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="697"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="710"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="794"/>
        <source>growth factor</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="795"/>
        <source>ingredient</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="796"/>
        <source>stem cells</source>
        <translation>幹細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="797"/>
        <source>exosomes</source>
        <translation>エクソソーム</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="771"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="799"/>
        <source>— not in the catalogue —</source>
        <translation>— カタログにない —</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="909"/>
        <source>A product needs a name.</source>
        <translation>製品には名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="911"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="912"/>
        <source>maker</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="914"/>
        <source>notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="921"/>
        <source>Component {n}: give its name in English too.</source>
        <translation>成分{n}：名前を英語でも入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="923"/>
        <source>A product called {name} exists already.</source>
        <translation>{name} という製品はすでにあります。</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../dermacounsel/reports/radar_words.py" line="18"/>
        <source>dashed: a column inferred from the article&apos;s text, not printed in its table</source>
        <translation>破線：記事の表にはなく、本文から推定した列</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/radar_words.py" line="21"/>
        <source>{series} (same profile as {other})</source>
        <translation>{series}（{other}と同じプロフィール）</translation>
    </message>
</context>
<context>
    <name>RatingsForm</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1680"/>
        <source>Ratings: growth factors by effect</source>
        <translation>評価：成長因子と効果の表</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1683"/>
        <source>✎ marks a rating the clinic changed. Select it and restore the article&apos;s value to undo that for good.</source>
        <translation>✎ はクリニックが変更した評価です。選んで「記事の値に戻す」を押すと、変更を完全に取り消せます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1686"/>
        <source>Restore the article&apos;s value</source>
        <translation>記事の値に戻す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1758"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1767"/>
        <source>Rating of {factor} on {effect} changed.</source>
        <translation>{factor} の「{effect}」の評価を変更しました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1773"/>
        <source>Select a rating first.</source>
        <translation>先に評価を選んでください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1777"/>
        <source>The article&apos;s rating of {factor} on {effect} is back.</source>
        <translation>{factor} の「{effect}」の評価を記事の値に戻しました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="139"/>
        <source>Settings</source>
        <extracomment>The catalogue the app opens when neither --db nor $DERMACOUNSEL_DB names one: &quot;&quot; for this computer&apos;s file, a file&apos;s path, or a chain&apos;s server URL (never with a password: see save).</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="142"/>
        <source>e.g. Smart Skin Clinic</source>
        <translation>例：スマートスキンクリニック</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="144"/>
        <source>Street, city, telephone</source>
        <translation>住所・電話番号</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="147"/>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="149"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="151"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="159"/>
        <source>Logo preview</source>
        <translation>ロゴのプレビュー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="166"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="167"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="176"/>
        <source>This computer&apos;s catalogue (default)</source>
        <translation>このコンピューターのカタログ（既定）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="179"/>
        <source>A file&apos;s path, or a clinic chain&apos;s server: postgresql+psycopg://user@host:5432/catalogue. Used from the next start, unless --db or DERMACOUNSEL_DB names another.</source>
        <translation>ファイルの場所、またはクリニックグループのサーバー（postgresql+psycopg://user@host:5432/catalogue）。--db や DERMACOUNSEL_DB で別のものを指定しない限り、次回の起動から使われます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="184"/>
        <source>Used from the next start. Passwords are not kept here (see ~/.pgpass).</source>
        <translation>次回の起動から使われます。パスワードはここには保存されません（~/.pgpass を使ってください）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="206"/>
        <source>Alphabetically</source>
        <translation>アルファベット順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="207"/>
        <source>In the clinic&apos;s preferred order</source>
        <translation>クリニックの指定順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="210"/>
        <source>The clinic&apos;s preferred order of products</source>
        <translation>クリニックが指定する製剤の順序</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="218"/>
        <source>Earlier</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="218"/>
        <source>Later</source>
        <translation>後ろへ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="236"/>
        <source>Counselling, its printed summary and advise list equally suited products in this order (one with a caution still after an equal one without).</source>
        <translation>カウンセリング、印刷するまとめ、advise では、同程度に適した製剤をこの順に表示します（注意事項のある製剤は、同じ順位の注意事項のない製剤の後になります）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="243"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="244"/>
        <source>Clinic name</source>
        <translation>クリニック名</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="245"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="246"/>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="249"/>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="250"/>
        <source>Compare by default</source>
        <translation>比較の初期設定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="251"/>
        <source>Catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="254"/>
        <source>Equally suited products</source>
        <translation>同程度に適した製剤の順序</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="274"/>
        <source>A password is never kept in the settings: leave it out and use ~/.pgpass (see the README).</source>
        <translation>パスワードは設定には保存されません。URL に含めず、~/.pgpass を使ってください（README を参照）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="325"/>
        <source>Clinic logo</source>
        <translation>クリニックのロゴ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/settings.py" line="325"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>画像（*.png *.jpg *.jpeg *.svg）</translation>
    </message>
</context>
<context>
    <name>SimpleForm</name>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1002"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1007"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1005"/>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1009"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1045"/>
        <source>Effects</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1045"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1028"/>
        <source>A name is required.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1030"/>
        <source>A description is required.</source>
        <translation>説明を入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1032"/>
        <source>Give at least one effect.</source>
        <translation>効果を1つ以上入力してください。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1033"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1035"/>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="1041"/>
        <source>{name} exists already.</source>
        <translation>{name} はすでにあります。</translation>
    </message>
</context>
<context>
    <name>SkinCanvas</name>
    <message>
        <location filename="../../dermacounsel/ui/explorer/canvas.py" line="100"/>
        <location filename="../../dermacounsel/ui/explorer/canvas.py" line="115"/>
        <source>Cross-section of facial skin</source>
        <extracomment>The order the keyboard moves through the regions: from the surface down, each layer before the structures within it.</extracomment>
        <translation>顔の皮膚の断面</translation>
    </message>
</context>
<context>
    <name>SkinSection</name>
    <message>
        <location filename="../../dermacounsel/ui/explorer/drawing.py" line="864"/>
        <source>not measured</source>
        <extracomment>The hair: a warm dark brown, filled as a thin tapering curve (a hair, not an instrument). The dermapen&apos;s needles: cool steel grey, straight and upright, coming down from the pen&apos;s head. Fill colours: calm, textbook-like, distinct from one another. Regions hit-tested first win: small structures above the layers they lie in. the shapes of the drawing last built, by its geometry (SkinSection._build_once)</extracomment>
        <translation>計測値なし</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../dermacounsel/ui/app.py" line="158"/>
        <source>Something went wrong</source>
        <extracomment>Body text size in points: readable from a patient&apos;s chair, not only the doctor&apos;s. The app&apos;s own light colours for every palette role. The style sheet paints light backgrounds, so the text must stay dark even when the system&apos;s colour scheme is dark (Windows or GNOME dark mode would otherwise turn label and list text light on the sheet&apos;s white and pale grey). Greyed, not hidden: what disabled widgets draw their text in. Qt messages that say nothing about the app: the offscreen platform has no window system to pass hints to.</extracomment>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/app.py" line="159"/>
        <source>DermaCounsel could not finish that action:
{error}

What was saved before it is kept; the details are in the log.</source>
        <translation>DermaCounsel はこの操作を完了できませんでした：
{error}

それまでに保存された内容は残っています。詳細はログにあります。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/app.py" line="229"/>
        <source>{path}: DermaCounsel is already open with this catalogue</source>
        <translation>{path}：このカタログはすでに DermaCounsel で開いています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/app.py" line="230"/>
        <source>Already open</source>
        <translation>すでに開いています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/app.py" line="276"/>
        <source>Cannot open the catalogue</source>
        <translation>カタログを開けません</translation>
    </message>
</context>
<context>
    <name>catalogue_files</name>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="48"/>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="78"/>
        <source>Import catalogue</source>
        <extracomment>entries named per line (added, changed, removed) before an import; the rest are counted</extracomment>
        <translation>カタログを読み込む</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="50"/>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="60"/>
        <source>Catalogue (*.json)</source>
        <translation>カタログ（*.json）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="58"/>
        <source>Export catalogue</source>
        <translation>カタログを書き出す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="80"/>
        <source>Merge: add new entries and update those with the same name</source>
        <translation>統合：新しい項目を追加し、同じ名前の項目を更新する</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="83"/>
        <source>Replace the whole catalogue with the file</source>
        <translation>カタログ全体をこのファイルで置き換える</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="99"/>
        <source>A backup of the current catalogue is made first; nothing is written if the file has a problem.</source>
        <translation>先に現在のカタログのバックアップを作成します。ファイルに問題がある場合は何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="108"/>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="145"/>
        <source>Import refused</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="147"/>
        <source>Import failed</source>
        <translation>読み込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="154"/>
        <source>Nothing was changed.

{error}</source>
        <translation>何も変更されていません。

{error}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="170"/>
        <source>Imported {path}: {summary}</source>
        <translation>{path} を読み込みました：{summary}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="177"/>
        <source>Importing {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="183"/>
        <source>Checking {name}…</source>
        <translation>{name} を確認中…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="196"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="206"/>
        <source>Exporting the catalogue…</source>
        <translation>カタログを書き出し中…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="210"/>
        <source>Exported the catalogue to {path}</source>
        <translation>カタログを {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="222"/>
        <source>Restore backup?</source>
        <translation>バックアップから復元しますか？</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="223"/>
        <source>Replace the catalogue with the backup from {when}? The current catalogue is backed up first.</source>
        <translation>カタログを {when} のバックアップで置き換えますか？ 現在のカタログは先にバックアップされます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="252"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="256"/>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="257"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="258"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="268"/>
        <source>No backups yet. One is made before every import, restore and upgrade, after a session with changes, and when you press Back up now.</source>
        <translation>まだバックアップはありません。読み込み・復元・アップグレードの前、変更のあった作業の後、そして「今すぐバックアップ」を押したときに作成されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="276"/>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="277"/>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="282"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="291"/>
        <source>Kept: the last three backups, and the newest of each of the last 12 days, 10 weeks and 9 months. So a day&apos;s older backups beyond the last three are deleted as new ones are made.</source>
        <translation>保存されるもの：直近3件のバックアップと、過去12日・10週・9か月それぞれの最新のもの。そのため、同じ日の4件目より古いバックアップは新しいものを作るたびに削除されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="307"/>
        <source>Backed up by hand</source>
        <translation>手動でバックアップ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="308"/>
        <source>Before an import</source>
        <translation>読み込みの前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="309"/>
        <source>Before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="310"/>
        <source>Before an upgrade</source>
        <translation>アップグレードの前</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="311"/>
        <source>After a session with changes</source>
        <translation>変更のあった作業の後</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="337"/>
        <source>Backed up to {path}</source>
        <translation>{path} にバックアップしました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="355"/>
        <source>Restored the backup from {when}.</source>
        <translation>{when} のバックアップから復元しました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="373"/>
        <source>The catalogue is damaged</source>
        <translation>カタログが壊れています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="375"/>
        <source>The catalogue file {path} is damaged, so DermaCounsel will not open it as it is. It has been moved aside to {moved}.</source>
        <translation>カタログファイル {path} が壊れているため、そのままでは開けません。ファイルは {moved} に移動しました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="384"/>
        <source>Restore the backup from {when}</source>
        <translation>{when} のバックアップから復元</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="390"/>
        <source>Start a fresh catalogue</source>
        <translation>新しいカタログで始める</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/catalogue_files.py" line="393"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="27"/>
        <source>DermaCounsel: a counselling aid for cosmetic dermatology clinics. Without a command, it opens the app.</source>
        <translation>DermaCounsel：美容皮膚科クリニックのためのカウンセリング支援ツールです。コマンドを指定しないとアプリが開きます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="37"/>
        <source>list third-party components and licences</source>
        <translation>サードパーティのコンポーネントとライセンスを一覧表示します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="39"/>
        <source>the catalogue database to use (default: $DERMACOUNSEL_DB, else catalogue.sqlite3 in your data folder, which is created from the bundled catalogue on first start); a path named here or in $DERMACOUNSEL_DB must exist, unless --create is given. A server&apos;s URL, such as postgresql+psycopg://user@host:5432/catalogue?sslmode=require, uses the catalogue a clinic chain shares (the password comes from ~/.pgpass, a service file or PGPASSWORD, never the URL)</source>
        <translation>使うカタログのデータベース（既定：$DERMACOUNSEL_DB、なければデータフォルダーの catalogue.sqlite3。初回起動時に同梱のカタログから作られます）。ここか $DERMACOUNSEL_DB で指定したパスは、--create を付けない限り存在している必要があります。postgresql+psycopg://user@host:5432/catalogue?sslmode=require のようなサーバーのURLを指定すると、クリニックのチェーンで共有するカタログを使います（パスワードはURLからではなく、~/.pgpass、サービスファイルまたは PGPASSWORD から読みます）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="47"/>
        <source>if the --db (or $DERMACOUNSEL_DB) file does not exist, create it from the bundled catalogue</source>
        <translation>--db（または $DERMACOUNSEL_DB）のファイルがない場合、同梱のカタログから作ります</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="56"/>
        <source>the language of what is printed, rendered or written: ja (日本語) or en (default: the app&apos;s setting, else the system&apos;s language)</source>
        <translation>表示・描画・書き出しの言語：ja（日本語）または en（英語）。既定はアプリの設定、なければシステムの言語です</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="66"/>
        <source>open the main window, paint it once and exit (for smoke tests and start-up timing)</source>
        <translation>メインウィンドウを開いて一度描画し、終了します（スモークテストと起動時間の計測用）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="69"/>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="74"/>
        <source>check the database&apos;s integrity and the catalogue&apos;s rules, without changing it (a transaction a crash left unfinished is rolled back first); exit 1 on any problem, or if there is no database there or another program is writing to it</source>
        <translation>データベースの整合性とカタログの規則を、変更せずに確認します（クラッシュで途中になったトランザクションは先に取り消します）。問題が1つでもある場合、データベースがない場合、ほかのプログラムが書き込み中の場合は、終了コード1で終了します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="84"/>
        <source>write the whole catalogue as a catalogue file</source>
        <translation>カタログ全体をカタログファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="86"/>
        <source>the file to write, or - for standard output</source>
        <translation>書き出すファイル（標準出力に書き出すには -）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="91"/>
        <source>open every view offscreen on a copy of the catalogue and time it</source>
        <translation>カタログのコピーで、すべての画面を画面外に開いて時間を計ります</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="97"/>
        <source>copy the database with SQLite&apos;s backup API and verify the copy</source>
        <translation>SQLiteのバックアップAPIでデータベースをコピーし、コピーを確認します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="100"/>
        <source>write the backup here (default: the backups folder)</source>
        <translation>バックアップの書き出し先（既定：バックアップフォルダー）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="106"/>
        <source>replace the database with a backup, after backing up the current one</source>
        <translation>現在のデータベースをバックアップしてから、バックアップで置き換えます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="108"/>
        <source>the backup to restore</source>
        <translation>復元するバックアップ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="112"/>
        <source>copy a chain&apos;s server catalogue into this computer&apos;s local copy, for working offline</source>
        <translation>オフラインで使えるように、チェーンのサーバーのカタログをこのコンピューターのローカルコピーにコピーします</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="118"/>
        <source>the server&apos;s URL (default: $DERMACOUNSEL_DB when it is one)</source>
        <translation>サーバーのURL（既定：$DERMACOUNSEL_DB がURLならそれ）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="123"/>
        <source>the local copy to write (default: one per server, in your data folder)</source>
        <translation>書き出すローカルコピー（既定：データフォルダー内の、サーバーごとに1つのファイル）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="129"/>
        <source>read a catalogue file: merge it by name (or --replace the catalogue), after a backup</source>
        <translation>カタログファイルを読み込みます。バックアップの後、名前で統合します（--replace ではカタログを置き換えます）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="131"/>
        <source>the catalogue file to read</source>
        <translation>読み込むカタログファイル</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="133"/>
        <source>replace the whole catalogue instead of merging</source>
        <translation>統合せずに、カタログ全体を置き換えます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="136"/>
        <source>say what would change, and write nothing</source>
        <translation>何が変わるかを表示するだけで、何も書き込みません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="141"/>
        <source>name every entry added, changed or removed (without it, the first {count} of each, and how many more)</source>
        <translation>追加・変更・削除した項目の名前をすべて表示します（指定しない場合は、それぞれ最初の{count}件と残りの件数）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="149"/>
        <source>draw a view offscreen into a PNG image</source>
        <translation>画面を画面外で描画し、PNG画像に保存します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="151"/>
        <source>views</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="155"/>
        <source>the skin explorer, optionally with a layer selected and a procedure shown</source>
        <translation>肌の断面図（層を選んだり、施術を表示したりできます）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="158"/>
        <source>select this layer or structure (e.g. dermis, fibroblasts)</source>
        <translation>この層または構造を選びます（例：dermis、fibroblasts）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="161"/>
        <source>show this procedure&apos;s reach (e.g. dermapen, iv-drip)</source>
        <translation>この施術の作用範囲を表示します（例：dermapen、iv-drip）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="164"/>
        <source>the dermapen&apos;s needle depth in mm (0.2 to 3.0)</source>
        <translation>ダーマペンの針の深さ（mm、0.2～3.0）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="167"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="189"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="203"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="217"/>
        <source>image size (default 1280x800)</source>
        <translation>画像の大きさ（既定：1280x800）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="170"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="192"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="206"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="220"/>
        <source>the PNG file to write</source>
        <translation>書き出すPNGファイル</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="178"/>
        <source>a growth factor to show (EGF, FGF, PDGF, IGF-1, TGF-β or TGF-b, PRP+FGF); repeat</source>
        <translation>表示する成長因子（EGF、FGF、PDGF、IGF-1、TGF-β または TGF-b、PRP+FGF）。繰り返し指定できます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="181"/>
        <source>a product to show; repeat</source>
        <translation>表示する製品。繰り返し指定できます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="186"/>
        <source>the growth factors view with the chosen factors or products</source>
        <translation>選んだ成長因子または製品を表示した、成長因子の画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="197"/>
        <source>the comparer with two to four products</source>
        <translation>2～4の製品を並べた、製品比較の画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="200"/>
        <source>a product to compare; repeat</source>
        <translation>比較する製品。繰り返し指定できます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="211"/>
        <source>the counselling view for these concerns</source>
        <translation>指定したお悩みについての、カウンセリングの画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="214"/>
        <source>a concern, most important first; repeat</source>
        <translation>お悩み（優先度の高い順）。繰り返し指定できます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="227"/>
        <source>rank growth factors, products, ingredients and procedures for concerns</source>
        <translation>お悩みに合わせて、成長因子・製品・成分・施術を順位づけします</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="233"/>
        <source>a patient&apos;s concern, most important first; repeat (e.g. deep-wrinkles, dryness)</source>
        <translation>患者さまのお悩み（優先度の高い順）。繰り返し指定できます（例：deep-wrinkles、dryness）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="235"/>
        <location filename="../../dermacounsel/cli/__init__.py" line="341"/>
        <source>print one JSON object instead of text</source>
        <translation>テキストの代わりに、1つのJSONオブジェクトを出力します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="239"/>
        <source>the order equally suited products are shown in: product names or keys, comma-separated (e.g. &apos;REJURAN,Benev&apos;), or &apos;alphabetical&apos;; default: the clinic&apos;s setting in Settings</source>
        <translation>同程度に適した製品を表示する順序：製品名またはキーのカンマ区切り（例：&apos;REJURAN,Benev&apos;）、または &apos;alphabetical&apos;（既定：「設定」でのクリニックの設定）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="248"/>
        <source>with --out: a name for this printout only (never stored); - reads it from standard input, which other users cannot see in ps as they can an argument</source>
        <translation>--out と一緒に：この印刷物にだけ載せる名前（保存されません）。- を指定すると標準入力から読みます。引数と違い、ほかのユーザーが ps で見ることはできません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="257"/>
        <source>with --out: the formulation the doctor suggests, one of those ranked for these concerns</source>
        <translation>--out と一緒に：医師が提案する製剤（このお悩みで順位づけされたものの中から）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="264"/>
        <source>with --out: the procedure the doctor suggests, one of those ranked for these concerns</source>
        <translation>--out と一緒に：医師が提案する施術（このお悩みで順位づけされたものの中から）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="269"/>
        <source>with --out: the doctor&apos;s note under the suggestion (never stored); - reads it from standard input (after the name&apos;s line when --patient is - too)</source>
        <translation>--out と一緒に：提案の下に載せる医師のメモ（保存されません）。- を指定すると標準入力から読みます（--patient も - のときは、名前の行の次から）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="275"/>
        <source>with --out: paper size</source>
        <translation>--out と一緒に：用紙サイズ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="277"/>
        <source>write the printed consultation summary</source>
        <translation>印刷用のカウンセリングのまとめを書き出します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="282"/>
        <source>write the printed comparison sheet as a PDF</source>
        <translation>印刷用の比較表をPDFで書き出します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="288"/>
        <source>a product to compare (two to four); repeat</source>
        <translation>比較する製品（2～4）。繰り返し指定できます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="293"/>
        <source>a name to print on this sheet only (never stored); - reads it from standard input, which other users cannot see in ps as they can an argument</source>
        <translation>この比較表にだけ印刷する名前（保存されません）。- を指定すると標準入力から読みます。引数と違い、ほかのユーザーが ps で見ることはできません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="300"/>
        <source>paper size (default: the clinic&apos;s setting, A4)</source>
        <translation>用紙サイズ（既定：クリニックの設定、A4）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="303"/>
        <source>the PDF file to write</source>
        <translation>書き出すPDFファイル</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="310"/>
        <source>save the radar chart of growth factors or products (default: every rated factor)</source>
        <translation>成長因子または製品のレーダーチャートを保存します（既定：評価のあるすべての成長因子）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="312"/>
        <source>resolution of a PNG (default 150)</source>
        <translation>PNGの解像度（既定：150）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="316"/>
        <source>one small radar per growth factor or product, side by side, instead of all on one</source>
        <translation>1つのチャートにまとめず、成長因子または製品ごとに小さなレーダーチャートを並べます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="323"/>
        <source>the file to write: .png, .svg (text stays editable) or .pdf</source>
        <translation>書き出すファイル：.png、.svg（文字は編集できるまま）または .pdf</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="330"/>
        <source>print what the explorer&apos;s panel shows for a region (and procedure)</source>
        <translation>肌の断面図のパネルが、部位（と施術）について表示する内容を出力します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="333"/>
        <source>a layer or structure key (e.g. dermis, hair-follicle)</source>
        <translation>層または構造のキー（例：dermis、hair-follicle）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="336"/>
        <source>also say how far this procedure reaches</source>
        <translation>この施術がどこまで届くかも表示します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="339"/>
        <source>with --procedure dermapen: the needle setting</source>
        <translation>--procedure dermapen と一緒に：針の設定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/__init__.py" line="360"/>
        <source>{prog}: error: {error}</source>
        <translation>{prog}: エラー：{error}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="30"/>
        <source>--lang sets the language of a command&apos;s help and output; the app&apos;s own language is chosen in the app, with its language switch or in Settings</source>
        <translation>--lang はコマンドのヘルプと出力の言語を決めるものです。アプリ自体の言語は、アプリの言語の切り替えか「設定」で選んでください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="72"/>
        <source>Checking {where}</source>
        <translation>{where} を確認しています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="76"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="78"/>
        <source>{count} problem(s) found.</source>
        <translation>{count}件の問題が見つかりました。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="82"/>
        <source>Newest verified backup: {taken} ({path}); &apos;{prog} restore {path}&apos; puts it back.</source>
        <translation>確認済みの最新のバックアップ：{taken}（{path}）。「{prog} restore {path}」で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="87"/>
        <source>No verified backup was found beside the database.</source>
        <translation>データベースのそばに確認済みのバックアップは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="106"/>
        <source>{path}: is a folder; give the name of the file to write</source>
        <translation>{path}: フォルダーです。書き出すファイルの名前を指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="110"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: フォルダー {folder} がありません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="116"/>
        <source>Exported the catalogue to {path}</source>
        <translation>カタログを {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="131"/>
        <source>{path}: its catalogue cannot be read back whole ({error}); &apos;{prog} check&apos; lists what is wrong</source>
        <translation>{path}: カタログ全体を読み戻せません（{error}）。問題点は「{prog} check」で確認できます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="145"/>
        <source>Backed up {location} to {path} (verified with integrity_check)</source>
        <translation>{location} を {path} にバックアップしました（integrity_check で確認済み）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="152"/>
        <source>pg_dump&apos;s archive, checked with pg_restore --list</source>
        <translation>pg_dump のアーカイブ、pg_restore --list で確認済み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="154"/>
        <source>the catalogue file, checked by importing it into a scratch database</source>
        <translation>カタログファイル、作業用のデータベースに読み込んで確認済み</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="156"/>
        <source>Also kept {path} ({what})</source>
        <translation>{path} も保存しました（{what}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="169"/>
        <source>Restored {backup} into {target}</source>
        <translation>{backup} を {target} に復元しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="171"/>
        <source>The catalogue as it was is kept in {path}</source>
        <translation>復元前のカタログは {path} に保存してあります</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="187"/>
        <source>Would import {path}: {summary}</source>
        <translation>{path} を読み込んだ場合：{summary}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="189"/>
        <source>Imported {path}: {summary}</source>
        <translation>{path} を読み込みました：{summary}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/catalogue_commands.py" line="191"/>
        <source>Nothing to import from {path}: {summary}</source>
        <translation>{path} から読み込むものはありません：{summary}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="97"/>
        <location filename="../../dermacounsel/cli/messages.py" line="132"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own headings and help texts, as it writes them, said in the chosen language by the help formatter (cli.common.Formatter) when it formats them.</extracomment>
        <translation>使い方：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="132"/>
        <source>{prog}: error: {message} (see &apos;{command} --help&apos;)</source>
        <translation>{prog}: エラー：{message}（「{command} --help」をご覧ください）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="160"/>
        <source>{path}: there is no catalogue there (check the {where} path); add --create to make a new one from the bundled catalogue</source>
        <translation>{path}: そこにカタログはありません（{where} のパスを確認してください）。同梱のカタログから新しく作るには --create を付けてください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="175"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: 書き込めません（{reason}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="193"/>
        <source>{prog}: warning: the clinic logo is left out ({problem}); choose it again in Settings</source>
        <translation>{prog}: 警告：クリニックのロゴを省きました（{problem}）。設定でもう一度選んでください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="237"/>
        <source>Rendered {what} to {path}</source>
        <translation>{what}を {path} に描画しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="248"/>
        <source>{given!r} is not a size such as 1280x800</source>
        <translation>{given!r} は 1280x800 のような大きさではありません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="252"/>
        <source>{given!r}: each side must be from 100 to 8000 pixels</source>
        <translation>{given!r}: 縦横とも100～8000ピクセルにしてください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="264"/>
        <source>{given!r}: the folder {folder} does not exist</source>
        <translation>{given!r}: フォルダー {folder} がありません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="270"/>
        <source>the image is written as PNG, so name a .png file</source>
        <translation>画像はPNGで書き出すため、.png のファイルを指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="274"/>
        <source>the sheet is written as PDF, so name a .pdf file</source>
        <translation>比較表はPDFで書き出すため、.pdf のファイルを指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="278"/>
        <source>name a .png, .svg or .pdf file (the format follows the name)</source>
        <translation>.png、.svg、.pdf のいずれかのファイルを指定してください（形式は名前で決まります）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="290"/>
        <source>--depth sets a needle depth; use it with --procedure {procedures}</source>
        <translation>--depth は針の深さの設定です。--procedure {procedures} と一緒に使ってください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="298"/>
        <source>--depth {depth:g}: the {name} is set from {low:.1f} to {high:.1f} mm in {step:.1f} mm steps</source>
        <translation>--depth {depth:g}: {name}は {low:.1f}～{high:.1f} mm の間で {step:.1f} mm 単位で設定します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="309"/>
        <source>{given!r} is not a whole number</source>
        <translation>{given!r} は整数ではありません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/common.py" line="313"/>
        <source>{given}: choose from 50 to 600 dots per inch</source>
        <translation>{given}: 50～600 dpi の範囲で指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="107"/>
        <source> (inferred)</source>
        <translation>（推定）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="110"/>
        <source>Part of the {layer}</source>
        <translation>{layer}の一部</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="113"/>
        <source>Contains: {names}</source>
        <translation>含まれるもの：{names}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="114"/>
        <source>Growth factors acting here:</source>
        <translation>ここに作用する成長因子：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="122"/>
        <source>The article names none here.</source>
        <translation>記事はここに作用するものを挙げていません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="126"/>
        <source>Cell-derived ingredients:</source>
        <translation>細胞由来成分：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="127"/>
        <source>Functional ingredients:</source>
        <translation>機能性成分：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="133"/>
        <source>Products acting here (by the components the article lists for them):</source>
        <translation>ここに作用する製品（記事が挙げる成分による）：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="138"/>
        <source>…and {count:,} more products in the catalogue.</source>
        <translation>…ほかにカタログ内の{count:,}製品。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="141"/>
        <source>No product lists a component acting here.</source>
        <translation>ここに作用する成分を記載した製品はありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="142"/>
        <source>Procedures that reach this depth:</source>
        <translation>この深さまで届く施術：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="148"/>
        <source>None of the article&apos;s needle procedures reaches this depth.</source>
        <translation>記事にある針を使う施術は、どれもこの深さまで届きません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="152"/>
        <source>{name} reaches {reach}.</source>
        <translation>{name}は{reach}に届きます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="155"/>
        <source>Setting {depth:.1f} mm: the clinic&apos;s depth guide targets {target}.</source>
        <translation>設定 {depth:.1f} mm：クリニックの深さの目安では{target}をねらいます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="51"/>
        <source>Wrote the comparison of {products} to {path} ({pages} page(s), {paper})</source>
        <translation>{products} の比較を {path} に書き出しました（{pages}ページ、{paper}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="62"/>
        <source>--note: empty; give the note&apos;s text, or - to read it from standard input</source>
        <translation>--note: 空です。メモの文章を指定するか、標準入力から読むには - を指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="100"/>
        <source>--plan-product: {given!r} is not among the formulations for these concerns; valid: {valid}</source>
        <translation>--plan-product: {given!r} はこのお悩みに挙がる製剤にありません。指定できるもの：{valid}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="102"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="131"/>
        <source>Growth factors</source>
        <extracomment>the sections of the advice, with their titles (translated when printed)</extracomment>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="132"/>
        <source>Exosomes and stem cells</source>
        <translation>エクソソームと幹細胞</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="133"/>
        <source>Treatments of their own</source>
        <translation>単独の治療</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="134"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="135"/>
        <source>Functional ingredients</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="136"/>
        <source>Procedures</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="161"/>
        <source>Wrote the consultation summary to {path} ({pages} page(s))</source>
        <translation>カウンセリングのまとめを {path} に書き出しました（{pages}ページ）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="189"/>
        <source>Concerns, most important first: {concerns}</source>
        <translation>お悩み（優先度の高い順）：{concerns}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="194"/>
        <source>Rule: {rule}</source>
        <translation>並べ方：{rule}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="201"/>
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="203"/>
        <source>(none acts on these concerns)</source>
        <translation>（これらのお悩みに作用するものはありません）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="207"/>
        <source>shown in the clinic&apos;s preferred order</source>
        <translation>クリニックの指定順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="209"/>
        <source>alphabetical</source>
        <translation>アルファベット順</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="211"/>
        <source> — equally suited; {order}</source>
        <translation> — 同程度に適しています（{order}）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/print_commands.py" line="220"/>
        <source>Note: {note}</source>
        <translation>注記：{note}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="30"/>
        <source>compare two to four different products (got {count}): give --product NAME for each</source>
        <translation>比較できるのは異なる2～4の製品です（指定は{count}件）。製品ごとに --product 名前 を指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="42"/>
        <source>name at least one --concern; valid: {keys}</source>
        <translation>--concern を1つ以上指定してください。指定できるもの：{keys}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="92"/>
        <source>the skin explorer</source>
        <translation>肌の断面図</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="115"/>
        <source>{prog}: {product} lists no rated growth factor; it is left out of the chart</source>
        <translation>{prog}: {product}には評価のある成長因子が含まれていないため、チャートから省きました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="143"/>
        <source>Saved the chart to {path}</source>
        <translation>チャートを {path} に保存しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="161"/>
        <source>the view shows growth factors or products, not both: give --gf or --product</source>
        <translation>この画面に表示できるのは成長因子か製品のどちらかです。--gf か --product を指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="176"/>
        <source>the growth factors view</source>
        <translation>成長因子の画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="190"/>
        <source>the comparer</source>
        <translation>製品比較の画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/render_commands.py" line="204"/>
        <source>the counselling view</source>
        <translation>カウンセリングの画面</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/sync_command.py" line="21"/>
        <source>name the server to copy from: sync --from postgresql+psycopg://user@host/catalogue</source>
        <translation>コピー元のサーバーを指定してください：sync --from postgresql+psycopg://user@host/catalogue</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/sync_command.py" line="28"/>
        <source>Copied the server&apos;s catalogue into {path} (checked before it replaced the old copy)</source>
        <translation>サーバーのカタログを {path} にコピーしました（以前のコピーと置き換える前に確認済み）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/sync_command.py" line="33"/>
        <source>The copy as it was is kept in {path}</source>
        <translation>以前のコピーは {path} に保存してあります</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="133"/>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="134"/>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="135"/>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="136"/>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョンを表示して終了します</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="143"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>argparse&apos;s messages about bad arguments (Python 3.11&apos;s gettext texts, with its % placeholders), most specific first: &quot;expected one argument&quot; before &quot;expected %s argument&quot;.</extracomment>
        <translation>引数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="144"/>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です：%s</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="145"/>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です：%s</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="146"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選べません（選べるもの：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="147"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r は %(type)s 型の値として読めません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="148"/>
        <source>expected one argument</source>
        <translation>値を1つ指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="149"/>
        <source>expected at most one argument</source>
        <translation>値は1つまでしか指定できません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="150"/>
        <source>expected at least one argument</source>
        <translation>値を1つ以上指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="151"/>
        <source>expected %s argument</source>
        <translation>値を%s個指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="152"/>
        <source>expected %s arguments</source>
        <translation>値を%s個指定してください</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="153"/>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="154"/>
        <source>ignored explicit argument %r</source>
        <translation>値 %r は付けられません</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="155"/>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="156"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプションです：%(option)s は %(matches)s のどれとも取れます</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="157"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>%(parser_name)r というコマンドはありません（選べるもの：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="158"/>
        <source>unexpected option string: %s</source>
        <translation>ここでは使えないオプションです：%s</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/messages.py" line="159"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません：%(error)s</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/desktop.py" line="126"/>
        <source>Removed DermaCounsel&apos;s desktop entry and icons ({count} files) from {folder}</source>
        <translation>DermaCounselのデスクトップ項目とアイコン（{count}個のファイル）を {folder} から削除しました</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/desktop.py" line="133"/>
        <source>Installed the desktop entry {entry} ({count} files under {folder})</source>
        <translation>デスクトップ項目 {entry} を登録しました（{folder} に{count}個のファイル）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/desktop.py" line="135"/>
        <source>It starts: {command}</source>
        <translation>起動するコマンド：{command}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/desktop.py" line="144"/>
        <source>add DermaCounsel to the desktop&apos;s applications menu (Linux), with its icon</source>
        <translation>DermaCounsel をアイコン付きでデスクトップのアプリケーションメニューに追加します（Linux）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/desktop.py" line="149"/>
        <source>install under DIR instead of your own data folder (~/.local/share); /usr/local/share for everyone</source>
        <translation>自分のデータフォルダー（~/.local/share）ではなく DIR の下にインストールします。すべてのユーザー向けには /usr/local/share</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/desktop.py" line="153"/>
        <source>remove the entry and icons again</source>
        <translation>追加した項目とアイコンを削除します</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="77"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="78"/>
        <source>Stem cell or culture components</source>
        <translation>幹細胞・培養液の成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="79"/>
        <source>Exosomes</source>
        <translation>エクソソーム</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="80"/>
        <source>Other actives</source>
        <translation>その他の有効成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="81"/>
        <source>Functional ingredients</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="149"/>
        <source>About the products</source>
        <translation>製品について</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="171"/>
        <source>Component</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="189"/>
        <source>◐ in some</source>
        <translation>◐ 一部</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="223"/>
        <source>Cautions</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="196"/>
        <source>not listed</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="235"/>
        <source>Maker</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="247"/>
        <source>Others, not named (“etc.”)</source>
        <translation>その他（「など」で名前の記載なし）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="185"/>
        <source>● in all</source>
        <translation>● 全製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="187"/>
        <source>◆ only one</source>
        <translation>◆ 1製品のみ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="252"/>
        <source>{name} — {gloss}</source>
        <translation>{name}：{gloss}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="260"/>
        <source>✓ more listed</source>
        <translation>✓ ほかにも記載あり</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="267"/>
        <source>◐ in {count} of {total}</source>
        <translation>◐ {total}製品中{count}製品に含まれる</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/compare_view.py" line="275"/>
        <source>The article does not list it among {product}&apos;s main components; that is not to say the product does not contain it</source>
        <translation>記事では {product} の主成分として記載されていません。ただし、製品に含まれていないという意味ではありません</translation>
    </message>
</context>
<context>
    <name>consultation_summary</name>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="133"/>
        <source>, </source>
        <extracomment>how many standings (groups of equals) each section prints: the first few, so that the summary of every concern still fits on two pages (the counselling view lists them all) how many of an item&apos;s reasons (one per concern it serves, the patient&apos;s first concerns first) it prints of a row of equals, this many print their reasons (all are named, and all their cautions printed) a single concern is printed with the article&apos;s words on it; more are named only (the reasons quote them) the Japanese print font&apos;s lines are a tenth taller than the Latin one&apos;s, and Japanese runs longer: its lines a little closer keep the summary of all eleven concerns on two pages of Letter too</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="137"/>
        <source>Your concerns involve: {layers}. They are outlined in the picture.</source>
        <translation>お悩みに関わる部位：{layers}。図では線で囲んで示しています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="144"/>
        <source>{procedure} acts through the blood vessels, shaded in the picture.</source>
        <translation>{procedure}は血管を通じて作用します（図の色をつけた部分）。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="148"/>
        <source>The hatched band shows how deep {procedure}, your doctor&apos;s suggestion, reaches: {reach}.</source>
        <translation>斜線の帯は、医師がおすすめする{procedure}が届く深さを示します：{reach}。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="153"/>
        <source>The hatched band shows how deep {procedure}, the first procedure listed below, reaches: {reach}.</source>
        <translation>斜線の帯は、下に最初に挙げた施術である{procedure}が届く深さを示します：{reach}。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="160"/>
        <source>{product} is the formulation your doctor suggests for your concerns.</source>
        <translation>{product}は、医師がお悩みにおすすめする導入液です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="166"/>
        <source>The formulations below come first when the article says more about what they contain for your concerns, your first concerns counting most. Your doctor suggests which suits you.</source>
        <translation>下の導入液は、含まれる成分についてお悩みに関する記事の記述が多いものから順に並べています（いちばん気になるお悩みほど重く数えます）。どれが合うかは医師がご提案します。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="250"/>
        <source>and %n more of your concerns</source>
        <translation>ほか%n件のお悩みにも</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="261"/>
        <source>Your doctor&apos;s suggestion</source>
        <translation>医師からのご提案</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="265"/>
        <source>Formulation</source>
        <translation>導入液</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="269"/>
        <source>Procedure</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="275"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="277"/>
        <source>Doctor&apos;s signature</source>
        <translation>医師の署名</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="278"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/consultation_summary.py" line="318"/>
        <source>What this means for you</source>
        <translation>あなたにとっての意味</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="14"/>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="22"/>
        <source>reaches it</source>
        <translation>届く</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="15"/>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="23"/>
        <source>reaches its top part (and everything above)</source>
        <translation>上部まで届く（それより上はすべて）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="16"/>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="24"/>
        <source>reaches it down to its middle (and everything above)</source>
        <translation>中ほどまで届く（それより上はすべて）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/cli/describe_command.py" line="17"/>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="25"/>
        <source>acts through the whole body; the article names it for exosomes only</source>
        <translation>全身に作用します。記事ではエクソソームについてのみ挙げられています</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="41"/>
        <source>Products are matched by the components the article lists for them (main components, often ending in “etc.”); the article names no product for a region.</source>
        <translation>製品は、記事に記載された成分（主成分で、「など」で終わることが多い）で照合しています。記事が部位ごとに製品を挙げているわけではありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="53"/>
        <source>inferred</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="73"/>
        <source>Show less</source>
        <translation>表示を減らす</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="80"/>
        <source>More: sizes, reasons and the words explained</source>
        <translation>詳しく：大きさ・根拠・用語の説明</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="86"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="90"/>
        <source>Part of the</source>
        <translation>所属：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="95"/>
        <source>About {low} to {high} mm thick.</source>
        <translation>厚さは約 {low}～{high} mm です。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="104"/>
        <source>Drawn {top:.2f} to {bottom:.2f} mm below the surface, at typical thickness.</source>
        <translation>標準的な厚さで、表面から {top:.2f}～{bottom:.2f} mm の位置に描いています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="112"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="113"/>
        <source>Contains</source>
        <translation>含まれるもの</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="117"/>
        <source>Growth factors acting here</source>
        <translation>ここに作用する成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="123"/>
        <source>Rated by the article on {effect}, strongest first.</source>
        <translation>記事の「{effect}」の評価で、強い順に並べています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="147"/>
        <source>The article names none here.</source>
        <translation>記事ではここに作用するものは挙げられていません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="151"/>
        <source>Cell-derived ingredients</source>
        <translation>細胞由来成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="161"/>
        <source>Functional ingredients</source>
        <translation>機能性成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="171"/>
        <source>Products acting here</source>
        <translation>ここに作用する製品</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="182"/>
        <source>…and {count:,} more products in the catalogue.</source>
        <translation>…ほかにカタログに {count:,} 製品あります。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="187"/>
        <source>No product lists a component acting here.</source>
        <translation>ここに作用する成分を記載した製品はありません。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="192"/>
        <source>Procedures that reach this depth</source>
        <translation>この深さまで届く施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="203"/>
        <source>None of the article&apos;s needle procedures reaches this depth, so nothing applied or injected reaches it; the IV drip is named by the article for exosomes only.</source>
        <translation>記事にある針を使う施術はどれもこの深さまで届かないため、塗布や注入したものは届きません。点滴は記事ではエクソソームについてのみ挙げられています。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="77"/>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="212"/>
        <source>Words used here</source>
        <translation>ここで使われている用語</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="232"/>
        <source>Click a layer or a structure in the drawing, or a name beside it, to see what it is and which growth factors, ingredients, products and procedures act there.</source>
        <translation>図の層や構造、または横の名前をクリックすると、その説明と、そこに作用する成長因子・成分・製品・施術が表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="222"/>
        <source>Keyboard: Tab or the arrow keys move between regions, Enter selects, Escape clears.</source>
        <translation>キーボード：Tab または矢印キーで部位を移動、Enter で選択、Esc で解除します。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="237"/>
        <source>Explore the skin</source>
        <translation>皮膚を見てみましょう</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="238"/>
        <source>Choose a procedure above the drawing to see how deep it reaches.</source>
        <translation>図の上で施術を選ぶと、どの深さまで届くかが表示されます。</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/explorer/panel.py" line="241"/>
        <source>How the article rates growth factors</source>
        <translation>記事による成長因子の評価</translation>
    </message>
</context>
<context>
    <name>growth_factors</name>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="72"/>
        <source>Save chart</source>
        <extracomment>products mode opens with the clinic&apos;s default products, else this many of the first drawable ones QSettings key: one small radar per series instead of all overlaid</extracomment>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/growth_factors_view.py" line="74"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="33"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="34"/>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>グラフを PNG・SVG・PDF で保存</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="36"/>
        <location filename="../../dermacounsel/ui/help.py" line="37"/>
        <source>Edit catalogue</source>
        <translation>カタログを編集</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="36"/>
        <source>Take back the last change</source>
        <translation>直前の変更を取り消す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="37"/>
        <source>Make the change again</source>
        <translation>取り消した変更をやり直す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="38"/>
        <source>Filter boxes</source>
        <translation>絞り込み欄</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="38"/>
        <source>Clear the filter</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="39"/>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="39"/>
        <source>Leave presentation mode</source>
        <translation>プレゼンテーションを終了</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="41"/>
        <source>Tab, arrow keys</source>
        <translation>Tab、矢印キー</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="42"/>
        <location filename="../../dermacounsel/ui/help.py" line="45"/>
        <location filename="../../dermacounsel/ui/help.py" line="46"/>
        <source>Skin explorer</source>
        <translation>皮膚の断面図</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="43"/>
        <source>Move between regions of the drawing</source>
        <translation>図の部位を移動</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="45"/>
        <source>Select the region</source>
        <translation>部位を選択</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="46"/>
        <source>Clear the selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="93"/>
        <source>In the views</source>
        <translation>各画面で</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="182"/>
        <source>&amp;User guide</source>
        <translation>使い方ガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/help.py" line="183"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../dermacounsel/ui/language.py" line="84"/>
        <source>: </source>
        <comment>between a label and what it labels (Japanese: ：)</comment>
        <extracomment>The languages the app speaks, each named in itself (so a user can find their own in either). Between a label and what it labels; Japanese uses the full-width colon with no space after it.</extracomment>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="126"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="138"/>
        <source>Print the {document}</source>
        <translation>{document}を印刷</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="151"/>
        <source>Print preview: {document}</source>
        <translation>印刷プレビュー：{document}</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="160"/>
        <source>Export the {document} as PDF</source>
        <translation>{document}を PDF に書き出す</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="172"/>
        <source>PDF not written</source>
        <translation>PDF を書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/printing.py" line="175"/>
        <source>Wrote {pages} page(s) to {path}</source>
        <translation>{path} に {pages} ページを書き出しました</translation>
    </message>
</context>
<context>
    <name>printouts</name>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="124"/>
        <source>The article&apos;s ratings: ◎ very powerful · ○ powerful · △ limited · ー none</source>
        <translation>記事の評価：◎ 非常に強い効果 · ○ 強い効果 · △ 限定的 · ー 効果なし</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/reports/common.py" line="131"/>
        <source>◎ very powerful · ○ powerful · △ limited · ー none</source>
        <translation>◎ 非常に強い効果 · ○ 強い効果 · △ 限定的 · ー 効果なし</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../dermacounsel/ui/provenance.py" line="19"/>
        <location filename="../../dermacounsel/ui/provenance.py" line="67"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/provenance.py" line="38"/>
        <source>read from the article&apos;s text, not printed in its table (ⓘ Source says how)</source>
        <translation>記事の表には載っておらず、本文から読み取ったものです（読み取り方は「ⓘ 出典」に）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="126"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="128"/>
        <source>Edited by the clinic on {date}</source>
        <translation>{date}にクリニックが編集</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="130"/>
        <source>From the article</source>
        <translation>記事より</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="132"/>
        <source>Maker information</source>
        <translation>メーカーの情報</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="134"/>
        <source>Plain-language anatomy</source>
        <translation>わかりやすい皮膚のしくみ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="136"/>
        <source>This app&apos;s link, not the article&apos;s</source>
        <translation>記事ではなく、このアプリによる対応づけ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="138"/>
        <source>The clinic&apos;s note</source>
        <translation>クリニックからの注意</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/editor_view.py" line="139"/>
        <source>Source: {source}</source>
        <translation>出典：{source}</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../../dermacounsel/ui/render.py" line="23"/>
        <source>{size} is smaller than this view can be laid out (at least {smallest})</source>
        <translation>{size} はこの画面を表示するには小さすぎます（{smallest} 以上が必要です）</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/render.py" line="37"/>
        <source>{path}: the image could not be encoded as PNG</source>
        <translation>{path}: 画像を PNG に変換できませんでした</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/render.py" line="45"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: 書き込めません（{reason}）</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="59"/>
        <source>Skin explorer</source>
        <translation>皮膚の断面図</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="60"/>
        <source>A cross-section of facial skin: what acts at each layer, and how deep procedures reach</source>
        <translation>顔の皮膚の断面図：それぞれの層に作用するものと、施術が届く深さ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="64"/>
        <source>Your skin</source>
        <translation>あなたの肌</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="65"/>
        <source>&amp;Skin explorer</source>
        <translation>皮膚の断面図(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="69"/>
        <source>Growth factors</source>
        <translation>成長因子</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="70"/>
        <source>Radar charts of the article&apos;s ratings, for growth factors and for products</source>
        <translation>記事の評価をレーダーチャートで：成長因子ごと・製品ごと</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="72"/>
        <source>How growth factors work</source>
        <translation>成長因子のはたらき</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="73"/>
        <source>&amp;Growth factors</source>
        <translation>成長因子(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="77"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="78"/>
        <source>Two to four products side by side, and the printed comparison sheet</source>
        <translation>2～4製品を並べて比較し、比較シートを印刷</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="80"/>
        <source>Compare products</source>
        <translation>製品を比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="81"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="85"/>
        <source>Counselling</source>
        <translation>カウンセリング</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="86"/>
        <source>From the patient&apos;s concerns to ranked, explained recommendations</source>
        <translation>患者さまのお悩みから、理由つきのおすすめを順位づけ</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="88"/>
        <source>Your plan</source>
        <translation>あなたのプラン</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="89"/>
        <source>Co&amp;unselling</source>
        <translation>カウンセリング(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="93"/>
        <location filename="../../dermacounsel/ui/views.py" line="96"/>
        <source>Ingredients</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="94"/>
        <source>Functional and cell-derived ingredients: growth factors, stem cells, exosomes</source>
        <translation>機能性成分と細胞由来成分：成長因子・幹細胞・エクソソーム</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="97"/>
        <source>&amp;Ingredients</source>
        <translation>成分(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="101"/>
        <source>Procedures</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="102"/>
        <source>The four delivery procedures side by side</source>
        <translation>4つの導入方法を並べて比較</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="104"/>
        <source>Treatments</source>
        <translation>施術</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="105"/>
        <source>&amp;Procedures</source>
        <translation>施術(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="109"/>
        <source>Edit catalogue</source>
        <translation>カタログを編集</translation>
    </message>
    <message>
        <location filename="../../dermacounsel/ui/views.py" line="110"/>
        <source>Change ratings, products, ingredients and descriptions (clinic staff only)</source>
        <translation>評価・製品・成分・説明を変更（クリニックスタッフ専用）</translation>
    </message>
</context>
</TS>
