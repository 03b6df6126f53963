#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace yiping::theme {

void applyDark(QApplication &app)
{
    // Fusion draws every control from the palette, so no light native widget leaks through.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, surfaceRaised);
    p.setColor(QPalette::ToolTipBase, surfaceRaised);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, textSecondary);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, accent);
    p.setColor(QPalette::Highlight, QColor(0x1B, 0x6C, 0x8F));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, border);
    p.setColor(QPalette::Dark, background.darker(130));
    p.setColor(QPalette::Disabled, QPalette::Text, textSecondary);
    p.setColor(QPalette::Disabled, QPalette::WindowText, textSecondary);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, textSecondary);
    app.setPalette(p);

    // Noto Sans CJK first so Chinese never falls back to a bitmap or tofu font; body 14 px.
    QFont font(QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                           QStringLiteral("sans-serif")});
    font.setPixelSize(14);
    app.setFont(font);

    app.setStyleSheet(QStringLiteral(
        "QMenuBar { background: #0B1A2E; color: #E6EEF8; border-bottom: 1px solid #24446A; }"
        "QMenuBar::item:selected { background: #163050; }"
        "QMenu { background: #10243D; color: #E6EEF8; border: 1px solid #24446A; }"
        "QMenu::item:selected { background: #1B6C8F; }"
        "QStatusBar { background: #0B1A2E; color: #8FA6C2; border-top: 1px solid #24446A; }"
        "QStatusBar QLabel { color: #8FA6C2; }"
        "QLabel#cursorCoordinates { font-family: 'Noto Sans Mono CJK SC', monospace; }"
        "QListWidget#pageSwitcher { background: #10243D; border: none;"
        "  border-right: 1px solid #24446A; outline: none; }"
        "QListWidget#pageSwitcher::item { color: #8FA6C2; padding: 10px 6px; }"
        "QListWidget#pageSwitcher::item:selected { color: #E6EEF8; background: #163050;"
        "  border-left: 3px solid #22D3EE; }"
        "QToolTip { background: #163050; color: #E6EEF8; border: 1px solid #24446A; }"
        "QDialog { background: #10243D; }"
        "QPushButton { background: #163050; color: #E6EEF8; border: 1px solid #24446A;"
        "  padding: 5px 16px; border-radius: 3px; }"
        "QPushButton:hover { border-color: #22D3EE; }"
        "QScrollBar:vertical { background: #10243D; width: 10px; }"
        "QScrollBar::handle:vertical { background: #24446A; border-radius: 4px; min-height: 24px; }"
        "QScrollBar::add-line, QScrollBar::sub-line { height: 0; width: 0; }"));
}

} // namespace yiping::theme
