#include "widgets/IncidentTable.h"

#include "core/models/IncidentTableModel.h"
#include "widgets/ColumnChoice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sift {

namespace {

QString periodText(const QDate &from, const QDate &to)
{
    const QLocale locale;
    if (from.isValid() && to.isValid() && from == to)
        return locale.toString(from, QStringLiteral("d MMM yyyy"));
    if (from.isValid() && to.isValid() && from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return locale.toString(from, QStringLiteral("MMMM yyyy"));
    if (from.isValid() && to.isValid() && from.dayOfYear() == 1 && to == QDate(from.year(), 12, 31))
        return QString::number(from.year());
    return IncidentTable::tr("%1 – %2").arg(
        from.isValid() ? locale.toString(from, QStringLiteral("d MMM yyyy")) : IncidentTable::tr("the start"),
        to.isValid() ? locale.toString(to, QStringLiteral("d MMM yyyy")) : IncidentTable::tr("the end"));
}

} // namespace

IncidentTable::IncidentTable(IncidentTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("incidentTable"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);

    m_bar = new QHBoxLayout;
    m_bar->setSpacing(4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("incidentFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter incidents…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(80);
    m_filter->setToolTip(tr("Shows incidents whose fields hold every word: actor, place, type, status, notes"));
    m_bar->addWidget(m_filter, 1);
    layout->addLayout(m_bar);

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("incidentPeriodBanner"));
    auto *banner = new QHBoxLayout(m_banner);
    banner->setContentsMargins(0, 0, 0, 0);
    m_period = new QLabel(m_banner);
    m_period->setObjectName(QStringLiteral("incidentPeriodLabel"));
    m_clearPeriod = new QToolButton(m_banner);
    m_clearPeriod->setObjectName(QStringLiteral("incidentClearPeriodButton"));
    m_clearPeriod->setText(tr("Show all dates"));
    m_clearPeriod->setToolTip(tr("Drop the period filter here and in the library"));
    banner->addWidget(m_period, 1);
    banner->addWidget(m_clearPeriod);
    layout->addWidget(m_banner);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(IncidentTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("incidentTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentTableModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    setUpColumns();
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("incidentCountLabel"));
    m_count->setEnabled(false);
    layout->addWidget(m_count);

    // Enter opens the incident, as a double-click does.
    auto *open = new QAction(m_view);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(open);
    connect(open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentIncident())
            Q_EMIT incidentActivated(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT incidentActivated(index.data(IncidentTableModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentIncidentChanged(currentIncident()); });
    connect(m_filter, &QLineEdit::textChanged, &m_model, &IncidentTableModel::setTextFilter);
    connect(m_clearPeriod, &QToolButton::clicked, this, [this] {
        m_model.setPeriod({}, {});
        Q_EMIT periodCleared();
    });
    connect(&m_model, &IncidentTableModel::reloaded, this, &IncidentTable::updateBanner);
    updateBanner();
}

qint64 IncidentTable::currentIncident() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IncidentTableModel::IdRole).toLongLong() : 0;
}

void IncidentTable::setCurrentIncident(qint64 incidentId)
{
    const int row = m_model.rowOf(incidentId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void IncidentTable::addToolAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->addWidget(button);
    addContextAction(action);
}

void IncidentTable::addContextAction(QAction *action)
{
    m_view->addAction(action);
}

int IncidentTable::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void IncidentTable::setUpColumns()
{
    // The columns share the view's width (long text is elided, the full text is in the dialog), so the table never
    // scrolls sideways and fits beside the chart at 1280x800. Sub-event type, second actor, fatalities and claims
    // start hidden; the header's context menu shows or hides each column, and the choice is kept.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    header->setSectionResizeMode(QHeaderView::Stretch);
    for (const int c : {IncidentTableModel::DateColumn, IncidentTableModel::FatalitiesColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    addColumnChoice(
        m_view, QStringLiteral("incidents/hiddenColumns"),
        {{IncidentTableModel::TypeColumn, QStringLiteral("Type")},
         {IncidentTableModel::SubTypeColumn, QStringLiteral("SubType")},
         {IncidentTableModel::Actor1Column, QStringLiteral("Actor1")},
         {IncidentTableModel::Actor2Column, QStringLiteral("Actor2")},
         {IncidentTableModel::LocationColumn, QStringLiteral("Location")},
         {IncidentTableModel::FatalitiesColumn, QStringLiteral("Fatalities")},
         {IncidentTableModel::StatusColumn, QStringLiteral("Status")},
         {IncidentTableModel::ClaimsColumn, QStringLiteral("Claims")}},
        {QStringLiteral("SubType"), QStringLiteral("Actor2"), QStringLiteral("Fatalities"), QStringLiteral("Claims")},
        QStringLiteral("incidentColumn"));
}

void IncidentTable::updateBanner()
{
    m_banner->setVisible(m_model.hasPeriod());
    if (m_model.hasPeriod())
        m_period->setText(tr("Period: <b>%1</b>").arg(periodText(m_model.periodFrom(), m_model.periodTo())));
    const int shown = m_model.rowCount();
    const int total = m_model.totalCount();
    const QString incidents = total == 1 ? tr("1 incident") : tr("%1 incidents").arg(total);
    m_count->setText(shown == total ? incidents : tr("%1 of %2").arg(shown).arg(incidents));
}

} // namespace sift
