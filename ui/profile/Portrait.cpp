#include "profile/Portrait.h"

#include "Theme.h"
#include "domain/EnumText.h"

#include <QPainter>
#include <QPainterPath>

namespace yiping::ui {

Portrait::Portrait(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(64, 64);
}

void Portrait::setType(domain::RefType type)
{
    m_type = type;
    setAccessibleName(domain::EnumText::of(type));
    update();
}

void Portrait::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath frame;
    frame.addRoundedRect(r, 6, 6);
    p.fillPath(frame, theme::surfaceRaised);
    p.setPen(QPen(theme::border, 1));
    p.drawPath(frame);

    if (m_type == domain::RefType::Person) {
        // Head and shoulders, clipped to the frame like a photo would be.
        p.setClipPath(frame);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::textSecondary);
        const double w = r.width(), h = r.height();
        p.drawEllipse(QPointF(r.center().x(), r.top() + h * 0.38), w * 0.17, h * 0.19);
        QPainterPath shoulders;
        shoulders.moveTo(r.left() + w * 0.14, r.bottom() + 2);
        shoulders.cubicTo(r.left() + w * 0.14, r.top() + h * 0.62, r.right() - w * 0.14,
                          r.top() + h * 0.62, r.right() - w * 0.14, r.bottom() + 2);
        shoulders.closeSubpath();
        p.drawPath(shoulders);
        return;
    }
    const QString name = domain::EnumText::of(m_type);
    QFont f = font();
    f.setPixelSize(26);
    f.setBold(true);
    p.setFont(f);
    p.setPen(theme::textSecondary);
    p.drawText(rect(), Qt::AlignCenter, name.left(1));
}

} // namespace yiping::ui
