#include "widgets/TimelineChart.h"

#include "core/project/Project.h"
#include "core/store/VocabularyStore.h"
#include "widgets/Dialogs.h"
#include "widgets/TimelineChartView.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sift {

namespace {

const QColor kNotSetColor(0xC8, 0xC8, 0xC8);
const QColor kOtherColor(0x6E, 0x6E, 0x6E);

/// One bar set: a stack key with its colour, or "Other" gathering the keys the palette has no room for.
struct SetPlan {
    QString label;
    QColor color;
    QStringList keys;
};

/// ACLED's six types, coloured so that those often stacked together (battles, explosions, violence against
/// civilians) differ most; yellow and black stay free for the analyst's own types.
QHash<QString, QColor> acledTypeColors()
{
    const QList<QColor> palette = TimelineChart::palette();
    const int order[] = {0, 3, 5, 2, 1, 4}; // blue, vermillion, reddish purple, green, orange, sky blue
    QHash<QString, QColor> colors;
    const auto types = VocabularyStore::acledEventTypes();
    for (int i = 0; i < types.size() && i < int(std::size(order)); ++i)
        colors.insert(types.at(i).first, palette.at(order[i]));
    return colors;
}

QHash<QString, QColor> defaultColors()
{
    QHash<QString, QColor> colors = acledTypeColors();
    for (const Status &s : VocabularyStore::defaultStatuses())
        colors.insert(s.name, s.color);
    return colors;
}

QList<SetPlan> planSets(const TimelineData &data, const QHash<QString, QColor> &colors)
{
    QList<SetPlan> plans;
    QList<QColor> used;
    QStringList other;
    bool notSet = false;
    for (const QString &key : data.stackKeys) {
        if (key.isEmpty()) {
            notSet = true;
            continue;
        }
        QColor color = colors.value(key);
        if (!color.isValid()) {
            for (const QColor &candidate : TimelineChart::palette()) {
                if (!used.contains(candidate) && !colors.values().contains(candidate)) {
                    color = candidate;
                    break;
                }
            }
        }
        if (!color.isValid()) {
            other << key;
            continue;
        }
        used << color;
        plans << SetPlan{key, color, {key}};
    }
    if (!other.isEmpty())
        plans << SetPlan{TimelineChart::tr("Other"), kOtherColor, other};
    if (notSet)
        plans << SetPlan{TimelineChart::tr("Not set"), kNotSetColor, {QString()}};
    return plans;
}

void styleChart(QChart *chart)
{
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 8, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
}

/// The on-screen chart in the window's colours (the exported image keeps the light look of a printed report).
void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

/// The smallest "nice" step (1, 2, 5 × 10^n, at least 1) that splits max into at most about five intervals.
int niceStep(int max)
{
    for (int magnitude = 1;; magnitude *= 10) {
        for (const int f : {1, 2, 5}) {
            if (max <= f * magnitude * 5)
                return f * magnitude;
        }
    }
}

QStackedBarSeries *populate(QChart *chart, const TimelineData &data, const QList<SetPlan> &plans)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.86);
    for (const SetPlan &plan : plans) {
        auto *set = new QBarSet(plan.label);
        set->setColor(plan.color);
        // A white seam between stacks helps tell them apart without colour; thin bars keep their own edge.
        set->setBorderColor(data.bins.size() <= 60 ? QColor(Qt::white) : plan.color);
        // "Selected" bars are the ones faded around a picked period, which keeps its true colours.
        const QColor faded = QColor::fromRgbF(plan.color.redF() * 0.35 + 0.65, plan.color.greenF() * 0.35 + 0.65,
                                              plan.color.blueF() * 0.35 + 0.65);
        set->setSelectedColor(faded);
        for (const TimelineBin &bin : data.bins) {
            int value = 0;
            for (const QString &key : plan.keys)
                value += bin.stacks.value(key);
            set->append(value);
        }
        series->append(set);
    }
    chart->addSeries(series);

    QFont axisFont = chart->legend()->font();
    auto *x = new QCategoryAxis;
    x->setObjectName(QStringLiteral("timelineXAxis"));
    x->setLabelsFont(axisFont);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max<double>(0.5, data.bins.size() - 0.5));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    int max = 0;
    for (const TimelineBin &bin : data.bins)
        max = std::max(max, bin.count);
    const int step = niceStep(std::max(max, 1));
    auto *y = new QValueAxis;
    y->setLabelsFont(axisFont);
    y->setLabelFormat(QStringLiteral("%i"));
    y->setRange(0, std::ceil(std::max(max, 1) / double(step)) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setMinorTickCount(0);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return series;
}

QString shortLabel(const QDate &date, TimeBin bin, bool withYear)
{
    const QLocale locale;
    switch (bin) {
    case TimeBin::Year:
        return QString::number(date.year());
    case TimeBin::Month:
        return locale.toString(date, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    case TimeBin::Week:
    case TimeBin::Day:
        return locale.toString(date, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    }
    return {};
}

/// The steps (in bars) that read well for the bin, smallest first: days, weeks, fortnights; quarters, half-years…
QList<int> niceSteps(TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day:
        return {1, 2, 7, 14, 28};
    case TimeBin::Week:
        return {1, 2, 3, 4, 6, 8, 13, 26, 52};
    case TimeBin::Month:
        return {1, 2, 3, 6, 12, 24, 60};
    case TimeBin::Year:
        return {1, 2, 5, 10, 20, 50, 100};
    }
    return {1};
}

/// Whether bar index carries a label at this step: months, years and weekly day labels fall on calendar
/// boundaries (every quarter, every Monday…); other days and weeks count from the first bar that has room.
bool labelled(const TimelineBin &bin, int index, int first, int step, TimeBin kind)
{
    switch (kind) {
    case TimeBin::Month:
        return (bin.start.year() * 12 + bin.start.month() - 1) % step == 0;
    case TimeBin::Year:
        return bin.start.year() % step == 0;
    case TimeBin::Day:
        if (step == 7 || step == 14 || step == 28)
            return bin.start.dayOfWeek() == 1 && (bin.start.toJulianDay() / 7) % (step / 7) == 0;
        return (index - first) % step == 0;
    case TimeBin::Week:
        return (index - first) % step == 0;
    }
    return false;
}

/// The widest label a bin's axis can show, in the axis font, with the room Qt Charts keeps around a label.
int labelWidth(const QChart *chart, TimeBin bin)
{
    const QFontMetrics metrics(chart->legend()->font());
    const QString widest = bin == TimeBin::Year    ? QStringLiteral("0000")
                           : bin == TimeBin::Month ? QStringLiteral("Mmm 0000")
                                                   : QStringLiteral("00 Mmm 0000");
    return metrics.horizontalAdvance(widest) + 12;
}

/// Labels the x axis for a plot area plotWidth pixels wide. As many labels as fit without overlapping (a step that
/// reads well for the bin), none so near an end that half of it would fall outside the plot (Qt Charts hides such
/// a label), and no more than Qt Charts shows whole: it gives each label axis width / (labels + 1) and cuts a
/// longer one short.
void labelAxis(QCategoryAxis *axis, const TimelineData &data, const QChart *chart, int plotWidth)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const int bars = int(data.bins.size());
    if (bars == 0)
        return;
    const double bar = std::max(1, plotWidth) / double(bars);
    const int label = labelWidth(chart, data.bin);
    const int maxLabels = std::max(1, std::max(1, plotWidth) / label - 1);
    // The first and last bar whose label stays inside the plot; one bar alone is labelled anyway.
    const int edge = std::max(0, int(std::ceil((label / 2.0) / bar - 0.5)));
    const int first = std::min(edge, (bars - 1) / 2);
    const int last = std::max(bars - 1 - edge, first);
    auto positions = [&](int step) {
        QList<int> out;
        for (int i = first; i <= last; ++i) {
            if (labelled(data.bins.at(i), i, first, step, data.bin))
                out << i;
        }
        return out;
    };
    QList<int> chosen;
    for (const int step : niceSteps(data.bin)) {
        if (step * bar < label)
            continue; // neighbours would overlap
        const QList<int> at = positions(step);
        if (at.size() <= maxLabels) {
            chosen = at;
            break;
        }
    }
    if (chosen.isEmpty())
        chosen = {first};
    QStringList used;
    int lastYear = 0;
    for (const int i : std::as_const(chosen)) {
        const TimelineBin &bin = data.bins.at(i);
        QString text = shortLabel(bin.start, data.bin, bin.start.year() != lastYear);
        lastYear = bin.start.year();
        // The axis keys categories by label; an invisible suffix keeps a repeated "Mar" apart from the last one.
        while (used.contains(text))
            text += QChar(0x200B);
        used << text;
        axis->append(text, i);
    }
}

/// The plot area's width once the chart is laid out; before that, the view's width less the value axis.
int plotWidthOf(const QChart *chart, int width)
{
    const int plot = int(chart->plotArea().width());
    return plot > 0 ? plot : width - 60;
}

QCategoryAxis *xAxis(const QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

QString binName(TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day:
        return TimelineChart::tr("day");
    case TimeBin::Week:
        return TimelineChart::tr("week");
    case TimeBin::Month:
        return TimelineChart::tr("month");
    case TimeBin::Year:
        return TimelineChart::tr("year");
    }
    return {};
}

QString periodTitle(const TimelineBin &bin, TimeBin kind)
{
    const QLocale locale;
    switch (kind) {
    case TimeBin::Day:
        return locale.toString(bin.start, QStringLiteral("ddd d MMM yyyy"));
    case TimeBin::Week: {
        int weekYear = 0;
        const int week = bin.start.weekNumber(&weekYear);
        return TimelineChart::tr("Week %1 of %2 (%3 – %4)")
            .arg(week)
            .arg(weekYear)
            .arg(locale.toString(bin.start, QStringLiteral("d MMM")),
                 locale.toString(bin.end, QStringLiteral("d MMM yyyy")));
    }
    case TimeBin::Month:
        return locale.toString(bin.start, QStringLiteral("MMMM yyyy"));
    case TimeBin::Year:
        return QString::number(bin.start.year());
    }
    return {};
}

/// Lays the chart of data out at size in a scene of its own and paints it: the image and SVG exports share this.
void paintChart(QPainter &painter, const TimelineData &data, QSize size, const QHash<QString, QColor> &colors)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    styleChart(chart);
    QString title = data.bins.isEmpty() ? TimelineChart::tr("No dated incidents")
                                        : TimelineChart::tr("Incidents per %1").arg(binName(data.bin));
    if (data.undated > 0)
        title += TimelineChart::tr(" · %n undated (not shown)", nullptr, data.undated);
    chart->setTitle(title);
    populate(chart, data, planSets(data, colors));
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (QCategoryAxis *axis = xAxis(chart))
        labelAxis(axis, data, chart, plotWidthOf(chart, size.width()));
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
}

QHash<QString, QColor> withDefaults(const QHash<QString, QColor> &colors)
{
    QHash<QString, QColor> merged = defaultColors();
    for (auto it = colors.begin(); it != colors.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

} // namespace

QList<QColor> TimelineChart::palette()
{
    // Okabe & Ito (2008), ordered so neighbouring stacks differ in lightness as well as hue.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
            QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QImage TimelineChart::renderImage(const TimelineData &data, QSize size)
{
    return renderImage(data, size, {});
}

QImage TimelineChart::renderImage(const TimelineData &data, QSize size, const QHash<QString, QColor> &colors)
{
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(painter, data, image.size(), withDefaults(colors));
    painter.end();
    return image;
}

TimelineChart::TimelineChart(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("timelineChart"));
    buildUi();
    placeRange();
    connect(&m_project, &Project::incidentsChanged, this, &TimelineChart::reload);
    reload();
}

void TimelineChart::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    m_bar = new QHBoxLayout;
    m_bar->setSpacing(6);
    m_secondRow = new QHBoxLayout;
    m_rangeBox = new QWidget(this);
    m_rangeBox->setObjectName(QStringLiteral("timelineRangeBox"));

    m_binCombo = new QComboBox(this);
    m_binCombo->setObjectName(QStringLiteral("timelineBinCombo"));
    m_binCombo->setToolTip(tr("How much time one bar covers"));
    m_binCombo->addItem(tr("Auto"), QString());
    for (const TimeBin bin : {TimeBin::Day, TimeBin::Week, TimeBin::Month, TimeBin::Year})
        m_binCombo->addItem(tr("Per %1").arg(binName(bin)), timeBinKey(bin));
    m_binCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stackCombo = new QComboBox(this);
    m_stackCombo->setObjectName(QStringLiteral("timelineStackCombo"));
    m_stackCombo->setToolTip(tr("What splits each bar"));
    m_stackCombo->addItem(tr("By event type"), stackByKey(StackBy::Type));
    m_stackCombo->addItem(tr("By status"), stackByKey(StackBy::Status));

    auto dateEdit = [this](const QString &name, const QString &tip) {
        auto *edit = new QDateEdit(m_rangeBox);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setToolTip(tip);
        return edit;
    };
    m_rangeTimer = new QTimer(this);
    m_rangeTimer->setSingleShot(true);
    m_rangeTimer->setInterval(400);
    m_fromEdit = dateEdit(QStringLiteral("timelineFromEdit"), tr("First day shown (or drag across the bars)"));
    m_toEdit = dateEdit(QStringLiteral("timelineToEdit"), tr("Last day shown"));
    m_reset = new QPushButton(tr("Reset"), m_rangeBox);
    m_reset->setObjectName(QStringLiteral("timelineResetButton"));
    m_reset->setToolTip(tr("Show every date and clear the period filter"));
    m_export = new QPushButton(tr("Export"), this);
    m_export->setObjectName(QStringLiteral("timelineExportButton"));
    m_export->setToolTip(tr("Save the chart as it is shown"));
    auto *menu = new QMenu(m_export);
    connect(menu->addAction(tr("PNG Image…")), &QAction::triggered, this,
            [this] { exportDialog(QStringLiteral("png")); });
    connect(menu->addAction(tr("SVG Image…")), &QAction::triggered, this,
            [this] { exportDialog(QStringLiteral("svg")); });
    m_export->setMenu(menu);
    m_undatedLabel = new QLabel(this);
    m_undatedLabel->setObjectName(QStringLiteral("timelineUndatedLabel"));
    m_undatedLabel->setToolTip(tr("Incidents without a known date are not on the chart; they are in the table."));

    auto *range = new QHBoxLayout(m_rangeBox);
    range->setContentsMargins(6, 0, 0, 0);
    range->setSpacing(6);
    range->addWidget(new QLabel(tr("From"), m_rangeBox));
    range->addWidget(m_fromEdit);
    range->addWidget(new QLabel(tr("to"), m_rangeBox));
    range->addWidget(m_toEdit);
    range->addWidget(m_reset);
    range->addStretch(1);
    m_bar->addWidget(m_binCombo);
    m_bar->addWidget(m_stackCombo);
    m_bar->addWidget(m_rangeBox);
    m_bar->addStretch(1);
    m_bar->addWidget(m_undatedLabel);
    m_bar->addWidget(m_export);
    layout->addLayout(m_bar);
    layout->addLayout(m_secondRow);

    auto *area = new QWidget(this);
    m_stackedLayout = new QStackedLayout(area);
    m_chart = new QChart;
    styleChart(m_chart);
    m_view = new TimelineChartView(m_chart, area);
    m_view->setToolTip(QString());
    m_emptyLabel = new QLabel(area);
    m_emptyLabel->setObjectName(QStringLiteral("timelineEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_stackedLayout->addWidget(m_view);
    m_stackedLayout->addWidget(m_emptyLabel);
    layout->addWidget(area, 1);

    connect(m_binCombo, &QComboBox::currentIndexChanged, this,
            [this] { setBin(timeBinFromKey(m_binCombo->currentData().toString())); });
    connect(m_stackCombo, &QComboBox::currentIndexChanged, this,
            [this] { setStackBy(stackByFromKey(m_stackCombo->currentData().toString()).value_or(StackBy::Type)); });
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, m_rangeTimer, qOverload<>(&QTimer::start));
    connect(m_rangeTimer, &QTimer::timeout, this, [this] {
        const QDate from = std::min(m_fromEdit->date(), m_toEdit->date());
        const QDate to = std::max(m_fromEdit->date(), m_toEdit->date());
        zoomTo(from == m_first ? QDate() : from, to == m_last ? QDate() : to);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        resetZoom();
        setHighlightedPeriod({}, {});
        Q_EMIT resetRequested();
    });
    connect(m_view, &TimelineChartView::rangeDragged, this, &TimelineChart::dragged);
    connect(m_view, &TimelineChartView::backgroundClicked, this, [this](double x) { clickBin(qRound(x)); });
    connect(m_view, &TimelineChartView::resized, this, &TimelineChart::relabel);
}

void TimelineChart::reload()
{
    IncidentStore &store = m_project.incidents();
    m_rows = store.datedRows();
    m_undated = int(store.undatedCount());
    m_first = m_last = QDate();
    for (const IncidentStore::DatedRow &row : std::as_const(m_rows)) {
        if (!m_first.isValid() || row.date < m_first)
            m_first = row.date;
        if (!m_last.isValid() || row.date > m_last)
            m_last = row.date;
    }
    m_statusColors.clear();
    for (const Status &s : m_project.vocabulary().statuses())
        m_statusColors.insert(s.name, s.color);
    // Types keep their colour whatever the zoom: ACLED's fixed ones, then the vocabulary's order for the rest.
    m_typeColors = acledTypeColors();
    QList<QColor> free = palette();
    for (const QColor &used : m_typeColors)
        free.removeAll(used);
    for (const QString &type : m_project.vocabulary().eventTypes()) {
        if (!m_typeColors.contains(type) && !free.isEmpty())
            m_typeColors.insert(type, free.takeFirst());
    }
    rebuild();
}

QHash<QString, QColor> TimelineChart::stackColors() const
{
    return m_stack == StackBy::Status ? m_statusColors : m_typeColors;
}

QList<QBarSet *> TimelineChart::barSets() const
{
    const auto series = m_chart->series();
    if (series.isEmpty())
        return {};
    return static_cast<QStackedBarSeries *>(series.first())->barSets();
}

void TimelineChart::rebuild()
{
    const QDate from = m_zoomFrom.isValid() ? m_zoomFrom : m_first;
    const QDate to = m_zoomTo.isValid() ? m_zoomTo : m_last;
    const TimeBin bin = m_binChoice.value_or(autoBin(from, to));
    if (m_rows.isEmpty() && !isZoomed())
        m_data = TimelineData{bin, {}, {}, m_undated};
    else
        m_data = aggregate(m_rows, bin, m_stack, m_zoomFrom, m_zoomTo, m_undated);

    const QList<SetPlan> plans = planSets(m_data, stackColors());
    m_setKeys.clear();
    QStackedBarSeries *series = populate(m_chart, m_data, plans);
    for (QBarSet *set : series->barSets()) {
        connect(set, &QBarSet::hovered, this, &TimelineChart::showTooltip);
        connect(set, &QBarSet::clicked, this, [this](int index) {
            m_view->noteBarClicked();
            clickBin(index);
        });
    }
    for (const SetPlan &plan : plans)
        m_setKeys << plan.keys;
    m_chart->legend()->setVisible(!plans.isEmpty());
    applyPalette(m_chart, QWidget::palette());
    setHighlightedPeriod(m_highlightStart, m_highlightStart);
    relabel();
    updateControls();
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeRange();
}

void TimelineChart::placeRange()
{
    // One row of controls needs ~740 px; below that the date range moves to a second row, so the chart fits
    // beside the incident table under the library and the reader at 1280x800.
    int controls = m_undatedLabel->sizeHint().width() + 4 * m_bar->spacing();
    for (QWidget *w :
         {static_cast<QWidget *>(m_binCombo), static_cast<QWidget *>(m_stackCombo), static_cast<QWidget *>(m_export)})
        controls += w->sizeHint().width();
    const QMargins margins = layout()->contentsMargins();
    const int frame = margins.left() + margins.right();
    // The minimum is that of two rows: the layout's own (one row) would keep the chart too wide for the desk.
    const int minimum = std::max(controls, m_rangeBox->sizeHint().width()) + frame;
    if (minimumWidth() != minimum)
        setMinimumWidth(minimum);
    const bool narrow = width() < controls + m_rangeBox->sizeHint().width() + m_bar->spacing() + frame;
    const bool inSecondRow = m_secondRow->indexOf(m_rangeBox) >= 0;
    if (narrow == inSecondRow)
        return;
    if (narrow) {
        m_bar->removeWidget(m_rangeBox);
        m_secondRow->addWidget(m_rangeBox);
    } else {
        m_secondRow->removeWidget(m_rangeBox);
        m_bar->insertWidget(2, m_rangeBox);
    }
}

void TimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart)
        applyPalette(m_chart, QWidget::palette());
}

void TimelineChart::relabel()
{
    if (QCategoryAxis *axis = xAxis(m_chart))
        labelAxis(axis, m_data, m_chart, plotWidthOf(m_chart, m_view->width()));
}

void TimelineChart::updateControls()
{
    const bool any = !m_rows.isEmpty();
    {
        const QSignalBlocker blockBin(m_binCombo);
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_binCombo->setItemText(0, tr("Auto (per %1)").arg(binName(m_data.bin)));
        const QDate from = m_zoomFrom.isValid() ? m_zoomFrom : m_first;
        const QDate to = m_zoomTo.isValid() ? m_zoomTo : m_last;
        if (from.isValid())
            m_fromEdit->setDate(from);
        if (to.isValid())
            m_toEdit->setDate(to);
    }
    m_fromEdit->setEnabled(any);
    m_toEdit->setEnabled(any);
    m_reset->setEnabled(isZoomed() || m_highlightStart.isValid());
    m_export->setEnabled(!m_data.bins.isEmpty());
    m_undatedLabel->setText(tr("%n undated", nullptr, m_undated));
    m_undatedLabel->setStyleSheet(m_undated > 0 ? QStringLiteral("QLabel { font-weight: bold; }") : QString());
    if (m_data.bins.isEmpty()) {
        m_emptyLabel->setText(m_undated > 0
                                  ? tr("No incident has a known date yet.")
                                  : tr("No incidents yet. Record one from a claim with %1.")
                                        .arg(QKeySequence(tr("Ctrl+Shift+N")).toString(QKeySequence::NativeText)));
        m_stackedLayout->setCurrentWidget(m_emptyLabel);
    } else {
        m_stackedLayout->setCurrentWidget(m_view);
    }
}

void TimelineChart::setBin(std::optional<TimeBin> bin)
{
    m_binChoice = bin;
    const int index = m_binCombo->findData(bin ? timeBinKey(*bin) : QString());
    if (index >= 0 && index != m_binCombo->currentIndex()) {
        const QSignalBlocker block(m_binCombo);
        m_binCombo->setCurrentIndex(index);
    }
    rebuild();
}

void TimelineChart::setStackBy(StackBy stack)
{
    m_stack = stack;
    const int index = m_stackCombo->findData(stackByKey(stack));
    if (index >= 0 && index != m_stackCombo->currentIndex()) {
        const QSignalBlocker block(m_stackCombo);
        m_stackCombo->setCurrentIndex(index);
    }
    rebuild();
}

void TimelineChart::zoomTo(const QDate &from, const QDate &to)
{
    m_zoomFrom = from;
    m_zoomTo = to;
    rebuild();
}

void TimelineChart::resetZoom()
{
    zoomTo({}, {});
}

void TimelineChart::setHighlightedPeriod(const QDate &start, const QDate &end)
{
    Q_UNUSED(end);
    m_highlightStart = start;
    int index = -1;
    for (int i = 0; start.isValid() && i < m_data.bins.size(); ++i) {
        if (m_data.bins.at(i).start <= start && start <= m_data.bins.at(i).end) {
            index = i;
            break;
        }
    }
    QList<int> others;
    for (int i = 0; index >= 0 && i < m_data.bins.size(); ++i) {
        if (i != index)
            others << i;
    }
    for (QBarSet *set : barSets()) {
        set->deselectAllBars();
        set->selectBars(others);
    }
    m_reset->setEnabled(isZoomed() || m_highlightStart.isValid());
}

void TimelineChart::clickBin(int index)
{
    if (index < 0 || index >= m_data.bins.size())
        return;
    const TimelineBin &bin = m_data.bins.at(index);
    setHighlightedPeriod(bin.start, bin.end);
    Q_EMIT periodClicked(bin.start, bin.end);
}

void TimelineChart::dragged(double from, double to)
{
    if (m_data.bins.isEmpty())
        return;
    const int last = int(m_data.bins.size()) - 1;
    const int first = std::clamp(qRound(std::min(from, to)), 0, last);
    const int end = std::clamp(qRound(std::max(from, to)), 0, last);
    zoomTo(m_data.bins.at(first).start, m_data.bins.at(end).end);
}

void TimelineChart::showTooltip(bool on, int index)
{
    if (!on || index < 0 || index >= m_data.bins.size()) {
        QToolTip::hideText();
        return;
    }
    const TimelineBin &bin = m_data.bins.at(index);
    QString rows;
    const QList<QBarSet *> sets = barSets();
    // Top of the stack first, as the bars read.
    for (int i = int(sets.size()) - 1; i >= 0; --i) {
        const int value = int(sets.at(i)->at(index));
        if (value == 0)
            continue;
        rows += QStringLiteral("<tr><td><span style='color:%1'>■</span> %2</td><td align=right>%3</td></tr>")
                    .arg(sets.at(i)->color().name(), sets.at(i)->label().toHtmlEscaped())
                    .arg(value);
    }
    const QString text = QStringLiteral("<b>%1</b><br>%2<table>%3</table><i>%4</i>")
                             .arg(periodTitle(bin, m_data.bin).toHtmlEscaped(),
                                  bin.count == 1 ? tr("1 incident") : tr("%1 incidents").arg(bin.count), rows,
                                  tr("Click to filter to this period"));
    QToolTip::showText(QCursor::pos(), text, m_view);
}

QSize TimelineChart::exportSize() const
{
    return m_view->size().expandedTo(QSize(1000, 420));
}

bool TimelineChart::exportPng(const QString &path) const
{
    return renderImage(m_data, exportSize(), stackColors()).save(path, "PNG");
}

bool TimelineChart::exportSvg(const QString &path) const
{
    const QSize size = exportSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(tr("Incident timeline"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paintChart(painter, m_data, size, withDefaults(stackColors()));
    painter.end();
    return QFileInfo(path).size() > 0;
}

void TimelineChart::exportDialog(const QString &format)
{
    const bool svg = format == QLatin1String("svg");
    const QString suggested = QDir::home().filePath(QStringLiteral("timeline.") + format);
    QString path = Dialogs::saveFileName(this, tr("Export Timeline"), suggested,
                                         svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    if (!(svg ? exportSvg(path) : exportPng(path)))
        Dialogs::warning(this, tr("Export Timeline"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace sift
