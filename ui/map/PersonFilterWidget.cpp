#include "map/PersonFilterWidget.h"

#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "map/Symbols.h"
#include "profile/RiskBadge.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace yiping::ui {

using domain::PersonCategory;
using domain::PersonStatus;

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: #8FA6C2;"));
    return label;
}

} // namespace

PersonFilterWidget::PersonFilterWidget(QWidget *parent)
    : QWidget(parent)
    , m_categories(new QListWidget(this))
{
    setObjectName(QStringLiteral("personFilter"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setFrameShape(QFrame::NoFrame);
    m_categories->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_categories->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const PersonCategory c : PersonFilter::knownCategories()) {
        auto *item = new QListWidgetItem(domain::EnumText::of(c), m_categories);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    // Every category shows at once: the list never scrolls inside the scrolling panel.
    m_categories->setFixedHeight(m_categories->sizeHintForRow(0) * m_categories->count() + 4);

    auto *risks = new QGridLayout;
    risks->setContentsMargins(0, 0, 0, 0);
    for (int level = 4; level >= 1; --level) {
        // Numeral and word, short enough for two columns in a narrow panel.
        auto *box = new QCheckBox(domain::Levels::name(level), this);
        box->setToolTip(RiskBadge::text(level));
        box->setIcon(swatch(map::riskColour(level)));
        box->setChecked(true);
        m_risks.prepend(box);
        const int i = 4 - level;
        risks->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &PersonFilterWidget::emitChanged);
    }

    auto *statuses = new QVBoxLayout;
    statuses->setContentsMargins(0, 0, 0, 0);
    statuses->setSpacing(2);
    for (const PersonStatus s : PersonFilter::knownStatuses()) {
        auto *box = new QCheckBox(domain::EnumText::of(s), this);
        box->setChecked(true);
        m_statuses.append(box);
        statuses->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PersonFilterWidget::emitChanged);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(caption(tr("Category"), this));
    layout->addWidget(m_categories);
    layout->addWidget(caption(tr("Risk level"), this));
    layout->addLayout(risks);
    layout->addWidget(caption(tr("Status"), this));
    layout->addLayout(statuses);

    connect(m_categories, &QListWidget::itemChanged, this, &PersonFilterWidget::emitChanged);
}

QCheckBox *PersonFilterWidget::statusBox(PersonStatus status) const
{
    const qsizetype i = PersonFilter::knownStatuses().indexOf(status);
    return i < 0 ? nullptr : m_statuses[i];
}

PersonFilter PersonFilterWidget::filter() const
{
    PersonFilter f;
    for (int row = 0; row < m_categories->count(); ++row) {
        const QListWidgetItem *item = m_categories->item(row);
        if (item->checkState() == Qt::Checked)
            f.categories.insert(PersonCategory(item->data(Qt::UserRole).toInt()));
    }
    for (int level = 1; level <= 4; ++level)
        if (m_risks[level - 1]->isChecked())
            f.risks.insert(level);
    for (int i = 0; i < m_statuses.size(); ++i)
        if (m_statuses[i]->isChecked())
            f.statuses.insert(PersonFilter::knownStatuses()[i]);
    return f;
}

void PersonFilterWidget::setFilter(const PersonFilter &filter)
{
    m_updating = true;
    for (int row = 0; row < m_categories->count(); ++row) {
        QListWidgetItem *item = m_categories->item(row);
        const auto c = PersonCategory(item->data(Qt::UserRole).toInt());
        item->setCheckState(filter.categories.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    for (int level = 1; level <= 4; ++level)
        m_risks[level - 1]->setChecked(filter.risks.contains(level));
    for (int i = 0; i < m_statuses.size(); ++i)
        m_statuses[i]->setChecked(filter.statuses.contains(PersonFilter::knownStatuses()[i]));
    m_updating = false;
}

void PersonFilterWidget::emitChanged()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}

} // namespace yiping::ui
