#pragma once

#include "domain/Levels.h"

#include <QColor>

class QApplication;

namespace yiping::theme {

// The colours of visual.md, in one place: one dark navy family for every surface, the
// national four warning colours in their fixed order, one accent.
inline const QColor background{0x0B, 0x1A, 0x2E}; // map canvas and window
inline const QColor surface{0x10, 0x24, 0x3D};    // cards, panels, menus
inline const QColor surfaceRaised{0x16, 0x30, 0x50};
inline const QColor border{0x24, 0x44, 0x6A};
inline const QColor text{0xE6, 0xEE, 0xF8};
inline const QColor textSecondary{0x8F, 0xA6, 0xC2};
inline const QColor accent{0x22, 0xD3, 0xEE}; // selection, focus; never a warning level

// The national four warning levels, in their fixed order: red Ⅰ, orange Ⅱ, yellow Ⅲ,
// blue Ⅳ (a light azure on the dark map, distinct from the cyan accent). Defined with the
// levels' names in core (domain::Levels), which the server's texts use too.
inline const QColor levelRed = domain::Levels::colour(4);
inline const QColor levelOrange = domain::Levels::colour(3);
inline const QColor levelYellow = domain::Levels::colour(2);
inline const QColor levelBlue = domain::Levels::colour(1);

inline const QColor districtFill{0x1E, 0x5A, 0x8C, 150};
inline const QColor districtLine{0x6F, 0xB7, 0xE8, 230};
// The grid (a choropleth sits on top of these), site footprints, the symbols' outline.
inline const QColor gridFill{0x1E, 0x5A, 0x8C, 60};
inline const QColor gridLine{0x6F, 0xB7, 0xE8, 110};
inline const QColor footprintFill{0x8F, 0xA6, 0xC2, 70};
inline const QColor footprintLine{0xC9, 0xD6, 0xE6, 200};
inline const QColor symbolOutline{0x05, 0x10, 0x20, 230};

// One categorical palette (charts, map, graph): a category has the same colour everywhere.
// Hues clear of the four warning colours and of the accent.
inline const QColor category1{0x7C, 0x83, 0xFD}; // periwinkle
inline const QColor category2{0x2E, 0xC4, 0xB6}; // teal
inline const QColor category3{0xC7, 0x7D, 0xFF}; // violet
inline const QColor category4{0xF4, 0x8F, 0xB1}; // pink
inline const QColor category5{0xB0, 0xBE, 0xC5}; // slate

inline const QColor labelText{0xF2, 0xF6, 0xFC};
inline const QColor labelHalo{0x05, 0x10, 0x20, 220};

// Applies the dark palette and style sheet to the whole application.
void applyDark(QApplication &app);

} // namespace yiping::theme
