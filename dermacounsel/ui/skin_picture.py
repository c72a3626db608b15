"""The skin cross-section for the printed consultation summary: the explorer's drawing, with the layers a
patient's concerns involve outlined (the rest paled) and the chosen procedure's reach hatched, rendered
into an image the summary prints; and the small picture of one procedure's reach that the Procedures view
shows under each procedure's name.

It reuses the explorer's SkinSection (ui/explorer/drawing.py) rather than a copy of it, so the handout
shows the picture the patient saw on the screen; the independence contract in pyproject lets this one
module import it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from dermacounsel.domain.records import LayerInfo, ProcedureCard
from dermacounsel.ui.explorer.drawing import (
    HEIGHT,
    LEFT,
    RIGHT,
    SELECTION,
    SURFACE_Y,
    WIDTH,
    Overlay,
    PaintState,
    SkinSection,
)

if TYPE_CHECKING:
    from dermacounsel.domain.counselling import Recommendations
    from dermacounsel.reports.common import ClinicHeader
    from dermacounsel.reports.consultation_summary import DoctorsPlan, SummaryContent
    from dermacounsel.services.catalogue import Catalogue

#: the picture's scale from the drawing's logical canvas: sharp where it is printed (about 4.4 in wide)
SCALE = 1.5


def consultation_picture(
    layers: Sequence[LayerInfo],
    involved: Sequence[str],
    procedure: ProcedureCard | None = None,
    scale: float = SCALE,
    crop: QRectF | None = None,
) -> QImage:
    """The section with the layers and structures `involved` (keys) outlined and everything else paled,
    and `procedure`'s reach drawn over it (None for none); `crop` (in the drawing's logical units) keeps
    only that part, drawn at `scale`, so that a small picture never costs a whole large one."""
    section = SkinSection(layers)
    state = PaintState(overlay=Overlay(procedure) if procedure is not None else None, names=section.names)
    area = crop if crop is not None else QRectF(0, 0, WIDTH, HEIGHT)
    image = QImage(round(area.width() * scale), round(area.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        painter.translate(-area.left(), -area.top())
        section.paint_base(painter, state)
        shapes = [section.outline(key) for key in involved]
        shapes = [shape for shape in shapes if not shape.isEmpty()]
        if shapes:
            involved_shape = QPainterPath()
            for shape in shapes:
                involved_shape = involved_shape.united(shape)
            veil = QPainterPath()
            veil.addRect(QRectF(LEFT, SURFACE_Y - 6, RIGHT - LEFT, section.bone_bottom_y - SURFACE_Y + 6))
            painter.fillPath(veil.subtracted(involved_shape), QColor(255, 255, 255, 150))
        section.paint_marks(painter, state)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for shape in shapes:  # over the reach's hatching, so that both read
            painter.setPen(QPen(QColor(255, 255, 255, 220), 6))
            painter.drawPath(shape)
            painter.setPen(QPen(SELECTION, 3))
            painter.drawPath(shape)
    finally:
        painter.end()
    return image


#: the part of the drawing a reach picture keeps: the section and the reach's bar beside it, from the air above
#: the surface to the bone (the scale, the layer names and the structures' labels are too small to read there)
REACH_LEFT = LEFT - 14
#: a reach picture's scale: sharp up to about 400 device pixels tall (presentation type at 1.5×)
REACH_SCALE = 0.6


def reach_picture(layers: Sequence[LayerInfo], procedure: ProcedureCard) -> QImage:
    """`procedure`'s reach drawn over the section, cropped to the section itself: the Procedures view's
    small picture under the procedure's name, the same band the explorer draws."""
    # unnamed: at this size the band's name tag would be a smudge; the column's heading names it
    bottom = min(HEIGHT, SkinSection(layers).bone_bottom_y + 2)
    crop = QRectF(REACH_LEFT, 0, RIGHT - REACH_LEFT, bottom)
    # at the table's size (a few lines of type tall), not the printout's: four at SCALE cost ~20 MiB
    return consultation_picture(layers, (), replace(procedure, name=""), scale=REACH_SCALE, crop=crop)


def summary_content(
    catalogue: Catalogue,
    recommendations: Recommendations,
    clinic: ClinicHeader,
    patient: str,
    plan: DoctorsPlan,
    procedure_key: str = "",
) -> SummaryContent:
    """The consultation summary as it is printed, from the counselling view or `advise --out`: the
    recommendations with the catalogue's caveat, expectation point and glossary, the skin picture of the
    layers the concerns involve and the procedure's reach, what that means, and the doctor's plan."""
    from dermacounsel.reports import consultation_summary
    from dermacounsel.reports.common import Caveat

    explorer = catalogue.explorer_catalogue()
    shown = consultation_summary.illustrate(recommendations, explorer.layers, explorer.procedures, plan, procedure_key)
    return consultation_summary.compose(
        recommendations,
        Caveat(*catalogue.caveat()),
        clinic,
        patient,
        expectation=catalogue.statement("expectation"),
        glosses=catalogue.glossary(),
        picture=consultation_picture(explorer.layers, shown.involved, shown.procedure),
        meaning=shown.meaning,
        plan=plan,
    )
