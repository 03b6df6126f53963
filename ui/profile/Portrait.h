#pragma once

#include "domain/Enums.h"

#include <QWidget>

namespace yiping::ui {

// The photo place of a profile. Never a photo (the cache holds none, and a video wall
// must not show one): a drawn silhouette for persons, the type's first character else.
class Portrait : public QWidget
{
    Q_OBJECT

public:
    explicit Portrait(QWidget *parent = nullptr);
    void setType(domain::RefType type);
    QSize sizeHint() const override { return {64, 64}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    domain::RefType m_type = domain::RefType::Unknown;
};

} // namespace yiping::ui
