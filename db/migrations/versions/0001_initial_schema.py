"""The catalogue's first schema: sources, scale, effects, layers and structures, growth factors,
ingredients, procedures, products, concerns and statements.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 08:43:56.308427
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _nocase() -> str | None:
    """SQLite's case-blind collation, as this revision first had it; other engines have no NOCASE (0004
    replaces it everywhere by a unique index on the lower-cased key)."""
    return "NOCASE" if op.get_bind().dialect.name == "sqlite" else None


def upgrade() -> None:

    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('citation', sa.String(length=500), nullable=False),
    sa.CheckConstraint("kind IN ('article', 'study', 'clinic-page', 'reference', 'clinic-edit')", name=op.f('ck_source_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source')),
    sa.UniqueConstraint('key', name=op.f('uq_source_key'))
    )
    op.create_table('cell_derived_class',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_cell_derived_class_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cell_derived_class')),
    sa.UniqueConstraint('key', name=op.f('uq_cell_derived_class_key'))
    )
    with op.batch_alter_table('cell_derived_class', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cell_derived_class_source_id'), ['source_id'], unique=False)

    op.create_table('concern',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('effect_keys', sa.JSON(), nullable=False),
    sa.Column('growth_factor_keys', sa.JSON(), nullable=False),
    sa.Column('category_keys', sa.JSON(), nullable=False),
    sa.Column('layer_keys', sa.JSON(), nullable=False),
    sa.Column('reason', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_concern_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concern')),
    sa.UniqueConstraint('key', name=op.f('uq_concern_key'))
    )
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_source_id'), ['source_id'], unique=False)

    op.create_table('effect',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_effect_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_effect')),
    sa.UniqueConstraint('key', name=op.f('uq_effect_key'))
    )
    with op.batch_alter_table('effect', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_effect_source_id'), ['source_id'], unique=False)

    op.create_table('exosome_origin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('effects', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_exosome_origin_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exosome_origin')),
    sa.UniqueConstraint('key', name=op.f('uq_exosome_origin_key'))
    )
    with op.batch_alter_table('exosome_origin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exosome_origin_source_id'), ['source_id'], unique=False)

    op.create_table('growth_factor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('full_name', sa.JSON(), nullable=True),
    sa.Column('feature', sa.JSON(), nullable=True),
    sa.Column('action', sa.JSON(), nullable=True),
    sa.Column('target_cells', sa.JSON(), nullable=False),
    sa.Column('expected_effects', sa.JSON(), nullable=False),
    sa.Column('rated', sa.Boolean(), nullable=False),
    sa.Column('inferred', sa.Boolean(), nullable=False),
    sa.Column('inference_note', sa.JSON(), nullable=True),
    sa.Column('reading_note', sa.JSON(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_growth_factor_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_growth_factor')),
    sa.UniqueConstraint('key', name=op.f('uq_growth_factor_key'))
    )
    with op.batch_alter_table('growth_factor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_growth_factor_source_id'), ['source_id'], unique=False)

    op.create_table('ingredient_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_ingredient_category_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingredient_category')),
    sa.UniqueConstraint('key', name=op.f('uq_ingredient_category_key'))
    )
    with op.batch_alter_table('ingredient_category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingredient_category_source_id'), ['source_id'], unique=False)

    op.create_table('ingredient_family',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_ingredient_family_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingredient_family')),
    sa.UniqueConstraint('key', name=op.f('uq_ingredient_family_key'))
    )
    with op.batch_alter_table('ingredient_family', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingredient_family_source_id'), ['source_id'], unique=False)

    op.create_table('preparation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('full_name', sa.JSON(), nullable=True),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_preparation_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_preparation')),
    sa.UniqueConstraint('key', name=op.f('uq_preparation_key'))
    )
    with op.batch_alter_table('preparation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_preparation_source_id'), ['source_id'], unique=False)

    op.create_table('procedure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.Column('systemic', sa.Boolean(), nullable=False),
    sa.Column('uptake', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('needle_depth_min_mm', sa.Float(), nullable=True),
    sa.Column('needle_depth_max_mm', sa.Float(), nullable=True),
    sa.Column('needle_depth_step_mm', sa.Float(), nullable=True),
    sa.Column('needle_depth_source_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("uptake IN ('passive', 'active')", name=op.f('ck_procedure_uptake')),
    sa.ForeignKeyConstraint(['needle_depth_source_id'], ['source.id'], name=op.f('fk_procedure_needle_depth_source_id_source'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_procedure_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure')),
    sa.UniqueConstraint('key', name=op.f('uq_procedure_key'))
    )
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_needle_depth_source_id'), ['needle_depth_source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedure_source_id'), ['source_id'], unique=False)

    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120, collation=_nocase()), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('maker', sa.JSON(), nullable=True),
    sa.Column('notes', sa.JSON(), nullable=True),
    sa.Column('maker_source_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['maker_source_id'], ['source.id'], name=op.f('fk_product_maker_source_id_source'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_product_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('key', name=op.f('uq_product_key'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_maker_source_id'), ['maker_source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_source_id'), ['source_id'], unique=False)

    op.create_table('scale_step',
    sa.Column('level', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('symbol', sa.String(length=4), nullable=False),
    sa.Column('label', sa.JSON(), nullable=False),
    sa.Column('meaning', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('level BETWEEN 0 AND 3', name=op.f('ck_scale_step_level_range')),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_scale_step_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('level', name=op.f('pk_scale_step'))
    )
    with op.batch_alter_table('scale_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scale_step_source_id'), ['source_id'], unique=False)

    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_statement_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement')),
    sa.UniqueConstraint('key', name=op.f('uq_statement_key'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_source_id'), ['source_id'], unique=False)

    op.create_table('stem_cell_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_stem_cell_source_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stem_cell_source')),
    sa.UniqueConstraint('key', name=op.f('uq_stem_cell_source_key'))
    )
    with op.batch_alter_table('stem_cell_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stem_cell_source_source_id'), ['source_id'], unique=False)

    op.create_table('caution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_caution_product_id_product'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_caution_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caution'))
    )
    with op.batch_alter_table('caution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_caution_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_caution_source_id'), ['source_id'], unique=False)

    op.create_table('ingredient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['ingredient_category.id'], name=op.f('fk_ingredient_category_id_ingredient_category'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_ingredient_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingredient')),
    sa.UniqueConstraint('key', name=op.f('uq_ingredient_key'))
    )
    with op.batch_alter_table('ingredient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingredient_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ingredient_source_id'), ['source_id'], unique=False)

    op.create_table('layer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('effect_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.Column('thickness_min_mm', sa.Float(), nullable=True),
    sa.Column('thickness_max_mm', sa.Float(), nullable=True),
    sa.Column('thickness_note', sa.JSON(), nullable=True),
    sa.Column('thickness_source_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['effect_id'], ['effect.id'], name=op.f('fk_layer_effect_id_effect'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['parent_id'], ['layer.id'], name=op.f('fk_layer_parent_id_layer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_layer_source_id_source'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['thickness_source_id'], ['source.id'], name=op.f('fk_layer_thickness_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_layer')),
    sa.UniqueConstraint('key', name=op.f('uq_layer_key'))
    )
    with op.batch_alter_table('layer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_layer_effect_id'), ['effect_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_layer_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_layer_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_layer_thickness_source_id'), ['thickness_source_id'], unique=False)

    op.create_table('preparation_growth_factor',
    sa.Column('preparation_id', sa.Integer(), nullable=False),
    sa.Column('growth_factor_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['growth_factor_id'], ['growth_factor.id'], name=op.f('fk_preparation_growth_factor_growth_factor_id_growth_factor'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['preparation_id'], ['preparation.id'], name=op.f('fk_preparation_growth_factor_preparation_id_preparation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('preparation_id', 'growth_factor_id', name=op.f('pk_preparation_growth_factor'))
    )
    op.create_table('rating',
    sa.Column('growth_factor_id', sa.Integer(), nullable=False),
    sa.Column('effect_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('level BETWEEN 0 AND 3', name=op.f('ck_rating_level_range')),
    sa.ForeignKeyConstraint(['effect_id'], ['effect.id'], name=op.f('fk_rating_effect_id_effect'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['growth_factor_id'], ['growth_factor.id'], name=op.f('fk_rating_growth_factor_id_growth_factor'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_rating_source_id_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('growth_factor_id', 'effect_id', name=op.f('pk_rating'))
    )
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_source_id'), ['source_id'], unique=False)

    op.create_table('cell_derived_class_layer',
    sa.Column('cell_derived_class_id', sa.Integer(), nullable=False),
    sa.Column('layer_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('basis', sa.JSON(), nullable=False),
    sa.Column('inferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cell_derived_class_id'], ['cell_derived_class.id'], name=op.f('fk_cell_derived_class_layer_cell_derived_class_id_cell_derived_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['layer_id'], ['layer.id'], name=op.f('fk_cell_derived_class_layer_layer_id_layer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('cell_derived_class_id', 'layer_id', name=op.f('pk_cell_derived_class_layer'))
    )
    op.create_table('component',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('note', sa.JSON(), nullable=True),
    sa.Column('growth_factor_id', sa.Integer(), nullable=True),
    sa.Column('ingredient_id', sa.Integer(), nullable=True),
    sa.Column('stem_cell_source_id', sa.Integer(), nullable=True),
    sa.Column('exosome_origin_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('growth-factor', 'stem-cell', 'exosome', 'other', 'functional')", name=op.f('ck_component_kind')),
    sa.ForeignKeyConstraint(['exosome_origin_id'], ['exosome_origin.id'], name=op.f('fk_component_exosome_origin_id_exosome_origin'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['growth_factor_id'], ['growth_factor.id'], name=op.f('fk_component_growth_factor_id_growth_factor'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['ingredient_id'], ['ingredient.id'], name=op.f('fk_component_ingredient_id_ingredient'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['parent_id'], ['component.id'], name=op.f('fk_component_parent_id_component'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_component_product_id_product'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stem_cell_source_id'], ['stem_cell_source.id'], name=op.f('fk_component_stem_cell_source_id_stem_cell_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_component'))
    )
    with op.batch_alter_table('component', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_component_exosome_origin_id'), ['exosome_origin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_component_growth_factor_id'), ['growth_factor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_component_ingredient_id'), ['ingredient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_component_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_component_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_component_stem_cell_source_id'), ['stem_cell_source_id'], unique=False)

    op.create_table('growth_factor_layer',
    sa.Column('growth_factor_id', sa.Integer(), nullable=False),
    sa.Column('layer_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('basis', sa.JSON(), nullable=False),
    sa.Column('inferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['growth_factor_id'], ['growth_factor.id'], name=op.f('fk_growth_factor_layer_growth_factor_id_growth_factor'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['layer_id'], ['layer.id'], name=op.f('fk_growth_factor_layer_layer_id_layer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('growth_factor_id', 'layer_id', name=op.f('pk_growth_factor_layer'))
    )
    op.create_table('ingredient_category_layer',
    sa.Column('ingredient_category_id', sa.Integer(), nullable=False),
    sa.Column('layer_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('basis', sa.JSON(), nullable=False),
    sa.Column('inferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['ingredient_category_id'], ['ingredient_category.id'], name=op.f('fk_ingredient_category_layer_ingredient_category_id_ingredient_category'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['layer_id'], ['layer.id'], name=op.f('fk_ingredient_category_layer_layer_id_layer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('ingredient_category_id', 'layer_id', name=op.f('pk_ingredient_category_layer'))
    )
    op.create_table('procedure_reach',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('layer_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('extent', sa.String(length=10), nullable=False),
    sa.CheckConstraint("extent IN ('whole', 'upper', 'central')", name=op.f('ck_procedure_reach_extent')),
    sa.ForeignKeyConstraint(['layer_id'], ['layer.id'], name=op.f('fk_procedure_reach_layer_id_layer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_reach_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'layer_id', name=op.f('pk_procedure_reach'))
    )



def downgrade() -> None:

    op.drop_table('procedure_reach')
    op.drop_table('ingredient_category_layer')
    op.drop_table('growth_factor_layer')
    with op.batch_alter_table('component', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_component_stem_cell_source_id'))
        batch_op.drop_index(batch_op.f('ix_component_product_id'))
        batch_op.drop_index(batch_op.f('ix_component_parent_id'))
        batch_op.drop_index(batch_op.f('ix_component_ingredient_id'))
        batch_op.drop_index(batch_op.f('ix_component_growth_factor_id'))
        batch_op.drop_index(batch_op.f('ix_component_exosome_origin_id'))

    op.drop_table('component')
    op.drop_table('cell_derived_class_layer')
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_source_id'))

    op.drop_table('rating')
    op.drop_table('preparation_growth_factor')
    with op.batch_alter_table('layer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_layer_thickness_source_id'))
        batch_op.drop_index(batch_op.f('ix_layer_source_id'))
        batch_op.drop_index(batch_op.f('ix_layer_parent_id'))
        batch_op.drop_index(batch_op.f('ix_layer_effect_id'))

    op.drop_table('layer')
    with op.batch_alter_table('ingredient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingredient_source_id'))
        batch_op.drop_index(batch_op.f('ix_ingredient_category_id'))

    op.drop_table('ingredient')
    with op.batch_alter_table('caution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_caution_source_id'))
        batch_op.drop_index(batch_op.f('ix_caution_product_id'))

    op.drop_table('caution')
    with op.batch_alter_table('stem_cell_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stem_cell_source_source_id'))

    op.drop_table('stem_cell_source')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_source_id'))

    op.drop_table('statement')
    with op.batch_alter_table('scale_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scale_step_source_id'))

    op.drop_table('scale_step')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_source_id'))
        batch_op.drop_index(batch_op.f('ix_product_maker_source_id'))

    op.drop_table('product')
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_source_id'))
        batch_op.drop_index(batch_op.f('ix_procedure_needle_depth_source_id'))

    op.drop_table('procedure')
    with op.batch_alter_table('preparation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_preparation_source_id'))

    op.drop_table('preparation')
    with op.batch_alter_table('ingredient_family', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingredient_family_source_id'))

    op.drop_table('ingredient_family')
    with op.batch_alter_table('ingredient_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingredient_category_source_id'))

    op.drop_table('ingredient_category')
    with op.batch_alter_table('growth_factor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_growth_factor_source_id'))

    op.drop_table('growth_factor')
    with op.batch_alter_table('exosome_origin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exosome_origin_source_id'))

    op.drop_table('exosome_origin')
    with op.batch_alter_table('effect', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_effect_source_id'))

    op.drop_table('effect')
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_source_id'))

    op.drop_table('concern')
    with op.batch_alter_table('cell_derived_class', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cell_derived_class_source_id'))

    op.drop_table('cell_derived_class')
    op.drop_table('source')

