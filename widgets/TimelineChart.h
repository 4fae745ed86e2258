#pragma once

#include "core/analysis/Timeline.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSize>
#include <QWidget>

#include <optional>

class QBarSet;
class QChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QPainter;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace sift {

class Project;
class TimelineChartView;

/// Incidents over time as stacked bars (by event type or status): switchable bins, zoom by drag or dates,
/// hover for counts, click a bar to pick its period; undated incidents are counted beside the chart.
class TimelineChart final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineChart(Project &project, QWidget *parent = nullptr);

    /// Draws data as the widget does, for reports and exports. Needs a QApplication, not a screen.
    /// Stacks named like the default statuses or the ACLED event types take their usual colours.
    static QImage renderImage(const TimelineData &data, QSize size);
    /// As above, with colours for stack keys (a project's status vocabulary); other keys get the palette.
    static QImage renderImage(const TimelineData &data, QSize size, const QHash<QString, QColor> &colors);
    /// The colour-blind-safe (Okabe–Ito) palette the stacks cycle through.
    static QList<QColor> palette();

    const TimelineData &data() const { return m_data; }
    QList<QBarSet *> barSets() const;
    QHash<QString, QColor> stackColors() const;

    void setBin(std::optional<TimeBin> bin); ///< nullopt = chosen from the shown range
    std::optional<TimeBin> binChoice() const { return m_binChoice; }
    void setStackBy(StackBy stack);
    StackBy stackBy() const { return m_stack; }

    /// Shows only from..to (either may be invalid: open-ended); rebins when the bin is automatic.
    void zoomTo(const QDate &from, const QDate &to);
    void resetZoom();
    bool isZoomed() const { return m_zoomFrom.isValid() || m_zoomTo.isValid(); }
    /// Marks the bars of one period (after a click), or none with invalid dates.
    void setHighlightedPeriod(const QDate &start, const QDate &end);

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;

    void reload(); ///< rereads the incidents from the project

Q_SIGNALS:
    /// The analyst clicked the bar of the period start..end (inclusive).
    void periodClicked(const QDate &start, const QDate &end);
    /// The analyst pressed Reset: back to every date, and any period filter should go too.
    void resetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void rebuild();
    void relabel();
    void updateControls();
    void clickBin(int index);
    void dragged(double from, double to);
    void showTooltip(bool on, int index);
    void exportDialog(const QString &format);
    QSize exportSize() const;

    Project &m_project;
    QList<IncidentStore::DatedRow> m_rows;
    int m_undated = 0;
    QDate m_first;
    QDate m_last;
    std::optional<TimeBin> m_binChoice;
    StackBy m_stack = StackBy::Type;
    QDate m_zoomFrom;
    QDate m_zoomTo;
    QDate m_highlightStart;
    TimelineData m_data;
    QHash<QString, QColor> m_typeColors;
    QHash<QString, QColor> m_statusColors;
    QList<QStringList> m_setKeys; ///< stack keys each bar set stands for ("Other" holds several)

    QComboBox *m_binCombo = nullptr;
    QComboBox *m_stackCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_undatedLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStackedLayout *m_stackedLayout = nullptr;
    QChart *m_chart = nullptr;
    TimelineChartView *m_view = nullptr;
    QTimer *m_rangeTimer = nullptr;
};

} // namespace sift
