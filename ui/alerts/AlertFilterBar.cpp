#include "alerts/AlertFilterBar.h"

#include "Theme.h"
#include "alerts/AlertFilterModel.h"
#include "alerts/AlertListModel.h"
#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "workspace/FilterKeys.h"
#include "workspace/WorkspaceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace yiping::ui {

namespace key = workspace::filterkey;

namespace {

// The contract's code of level 4 (red) … 1 (blue).
QString levelCode(int level)
{
    return QString(domain::EnumValue<domain::AlertLevel>::name(domain::AlertLevel(level - 1)));
}

QStringList sorted(QStringList values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

AlertFilterBar::AlertFilterBar(AlertListModel *alerts, AlertFilterModel *shown,
                               workspace::WorkspaceContext *workspace, QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_shown(shown)
    , m_workspace(workspace)
    , m_open(new QLabel(this))
    , m_shownLabel(new QLabel(this))
    , m_rule(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_region(new QCheckBox(tr("This region only"), this))
{
    auto *levels = new QHBoxLayout;
    levels->setSpacing(4);
    for (int level = domain::Levels::kHighest; level >= 1; --level) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("alertLevel%1").arg(level));
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show or hide the alerts of level %1").arg(domain::Levels::name(level)));
        // The level by its numeral and its colour (never by colour alone), dimmed when hidden.
        b->setStyleSheet(QStringLiteral("QToolButton { color: %1; border: 1px solid %1; "
                                        "border-radius: 3px; padding: 1px 5px; }"
                                        "QToolButton:!checked { color: %2; border-color: %3; }")
                             .arg(domain::Levels::colour(level).name(), theme::textSecondary.name(),
                                  theme::border.name()));
        connect(b, &QToolButton::toggled, this, &AlertFilterBar::writeLevels);
        m_levels.append(b);
        levels->addWidget(b);
    }
    levels->addStretch(1);
    m_open->setObjectName(QStringLiteral("alertsOpenCount"));
    m_shownLabel->setObjectName(QStringLiteral("alertsShown"));
    m_shownLabel->setStyleSheet(QStringLiteral("color: %1;").arg(theme::textSecondary.name()));

    m_rule->setObjectName(QStringLiteral("alertRule"));
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_status->addItem(tr("All states"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Acknowledged"), QStringLiteral("acknowledged"));
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    m_order->setObjectName(QStringLiteral("alertOrder"));
    m_order->setToolTip(tr("The order of the list"));
    m_order->addItem(tr("Newest"), int(AlertFilterModel::Order::Newest));
    m_order->addItem(tr("By level"), int(AlertFilterModel::Order::Level));
    m_order->addItem(tr("By rule"), int(AlertFilterModel::Order::Rule));
    for (QComboBox *box : {m_rule, m_status, m_order})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setObjectName(QStringLiteral("alertRegionOnly"));
    m_region->setToolTip(tr("Only the alerts in the region the map shows (its breadcrumb)"));

    auto *choices = new QHBoxLayout;
    choices->setSpacing(4);
    choices->addWidget(m_rule, 1);
    choices->addWidget(m_status, 1);
    choices->addWidget(m_order, 1);
    // Narrow docks (240 px) hold every row: the note of what a filter hides may be cut,
    // never widen the window.
    m_shownLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_shownLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *last = new QHBoxLayout;
    last->addWidget(m_region);
    last->addWidget(m_shownLabel, 1);
    last->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(levels);
    layout->addLayout(choices);
    layout->addLayout(last);

    connect(m_rule, &QComboBox::activated, this, &AlertFilterBar::writeRule);
    connect(m_status, &QComboBox::activated, this, &AlertFilterBar::writeStatus);
    connect(m_order, &QComboBox::activated, this,
            [this] { m_shown->setOrder(AlertFilterModel::Order(m_order->currentData().toInt())); });
    connect(m_region, &QCheckBox::toggled, this, &AlertFilterBar::writeRegion);
    connect(m_workspace, &workspace::WorkspaceContext::regionChanged, this, [this] {
        if (m_region->isChecked())
            writeRegion();
    });
    connect(m_workspace, &workspace::WorkspaceContext::filterChanged, this,
            &AlertFilterBar::follow);
    const auto listChanged = [this] {
        updateRules();
        updateCounts();
    };
    connect(alerts, &QAbstractItemModel::modelReset, this, listChanged);
    connect(alerts, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(alerts, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(alerts, &QAbstractItemModel::dataChanged, this, &AlertFilterBar::updateCounts);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &AlertFilterBar::updateCounts);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &AlertFilterBar::updateCounts);
    connect(shown, &QAbstractItemModel::modelReset, this, &AlertFilterBar::updateCounts);
    updateRules();
    follow();
}

QToolButton *AlertFilterBar::levelButton(int level) const
{
    return domain::Levels::isKnown(level) ? m_levels[domain::Levels::kHighest - level] : nullptr;
}

QString AlertFilterBar::shownText() const
{
    return m_shownLabel->text();
}

void AlertFilterBar::writeLevels()
{
    if (m_following)
        return;
    QStringList kept;
    for (int level = 1; level <= domain::Levels::kHighest; ++level)
        if (levelButton(level)->isChecked())
            kept.append(levelCode(level));
    if (kept.size() == domain::Levels::kHighest)
        m_workspace->clearFilter(key::alertLevel);
    else
        m_workspace->setFilter(key::alertLevel, sorted(kept));
}

void AlertFilterBar::writeRule()
{
    const QString rule = m_rule->currentData().toString();
    if (rule.isEmpty())
        m_workspace->clearFilter(key::alertRule);
    else
        m_workspace->setFilter(key::alertRule, {rule});
}

void AlertFilterBar::writeStatus()
{
    const QString status = m_status->currentData().toString();
    if (status.isEmpty())
        m_workspace->clearFilter(key::alertStatus);
    else
        m_workspace->setFilter(key::alertStatus, {status});
}

void AlertFilterBar::writeRegion()
{
    if (m_following)
        return;
    const QString region = m_region->isChecked() ? m_workspace->region().id : QString();
    if (region.isEmpty())
        m_workspace->clearFilter(key::alertRegion);
    else
        m_workspace->setFilter(key::alertRegion, {region});
}

void AlertFilterBar::follow()
{
    const AlertFilter filter = AlertFilter::readFrom(*m_workspace);
    m_following = true;
    for (int level = 1; level <= domain::Levels::kHighest; ++level)
        levelButton(level)->setChecked(!filter.levels || filter.levels->contains(levelCode(level)));
    // A filter of several rules or states (from another page) shows as its first one.
    const auto pick = [](QComboBox *box, const std::optional<QSet<QString>> &values) {
        int index = 0;
        if (values && !values->isEmpty())
            index = std::max(0, box->findData(sorted(values->values()).first()));
        box->setCurrentIndex(index);
    };
    pick(m_rule, filter.rules);
    pick(m_status, filter.statuses);
    // Checked while a region is kept; a filter lifted elsewhere unchecks it (in the whole
    // city there is nothing to keep, and the box stays as the user left it).
    if (!filter.regionId.isEmpty())
        m_region->setChecked(true);
    else if (!m_workspace->region().isCity())
        m_region->setChecked(false);
    m_following = false;
    m_shown->setFilter(filter);
    updateCounts();
}

void AlertFilterBar::updateCounts()
{
    // Open per level over the whole list, whatever the filter hides: the dock's headline.
    int open[domain::Levels::kHighest + 1] = {};
    int total = 0;
    for (const store::ListedAlert &a : m_alerts->alerts()) {
        if (AlertFilter::statusOf(a) != u"open")
            continue;
        ++total;
        if (const int level = domain::Levels::of(a.alert.level); domain::Levels::isKnown(level))
            ++open[level];
    }
    // Those the read left out are open too (it lists the newest only).
    m_open->setText(tr("Open %1").arg(total + m_alerts->unlisted()));
    for (int level = 1; level <= domain::Levels::kHighest; ++level)
        levelButton(level)->setText(
            tr("%1 %2").arg(domain::Levels::numeral(level)).arg(open[level]));
    const int shown = m_shown->rowCount();
    const int listed = m_alerts->rowCount();
    QStringList parts;
    if (shown != listed)
        parts.append(tr("Showing %1 of %2").arg(shown).arg(listed));
    if (m_alerts->unlisted() > 0)
        parts.append(tr("the newest %n listed", nullptr, listed));
    m_shownLabel->setText(parts.join(u" · "));
}

void AlertFilterBar::updateRules()
{
    QStringList rules;
    for (const store::ListedAlert &a : m_alerts->alerts())
        if (!a.alert.rule.isEmpty() && !rules.contains(a.alert.rule))
            rules.append(a.alert.rule);
    // A rule chosen elsewhere stays offered even when no listed alert has it now.
    if (const QString chosen = m_rule->currentData().toString();
        !chosen.isEmpty() && !rules.contains(chosen))
        rules.append(chosen);
    std::sort(rules.begin(), rules.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(domain::EnumText::alertRule(a),
                                           domain::EnumText::alertRule(b)) < 0;
    });
    const QString chosen = m_rule->currentData().toString();
    m_rule->clear();
    m_rule->addItem(tr("All rules"));
    for (const QString &rule : std::as_const(rules))
        m_rule->addItem(domain::EnumText::alertRule(rule), rule);
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(chosen)));
}

} // namespace yiping::ui
