#include "AlertToast.h"

#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "map/Symbols.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace yiping::ui {

AlertToast::AlertToast(QWidget *window)
    : QFrame(window)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("alertToast"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFixedWidth(360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 15px;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    m_timer->setSingleShot(true);
    m_timer->setInterval(8000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    window->installEventFilter(this);
    hide();
}

void AlertToast::showAlert(const domain::Alert &alert)
{
    const QColor colour = map::riskColour(domain::Levels::of(alert.level));
    setStyleSheet(QStringLiteral("QFrame#alertToast { background: #163050; border: 1px solid "
                                 "#24446A; border-left: 6px solid %1; border-radius: 4px; }"
                                 "QLabel { color: #E6EEF8; background: transparent; }")
                      .arg(colour.name()));
    m_title->setText(tr("New alert · %1").arg(domain::EnumText::of(alert.level)));
    m_message->setText(alert.message);
    adjustSize();
    place();
    show();
    raise();
    m_timer->start();
}

bool AlertToast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void AlertToast::place()
{
    const QWidget *w = parentWidget();
    move(w->width() - width() - 20, w->height() - height() - 44);
}

} // namespace yiping::ui
