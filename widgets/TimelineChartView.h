#pragma once

#include <QChartView>

class QRubberBand;

namespace sift {

/// The chart view of the timeline: a horizontal drag selects a range of bars to zoom to, and a click
/// that lands beside (above) a bar still picks its period, since short bars are hard to hit.
class TimelineChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

    /// Called by the owner when a bar reported a click, so the release does not report it again.
    void noteBarClicked() { m_barClicked = true; }

Q_SIGNALS:
    /// A drag from x value `from` to `to` (bar indexes, fractional), in either order.
    void rangeDragged(double from, double to);
    /// A click that hit no bar, at x value x.
    void backgroundClicked(double x);
    void resized();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double valueAt(const QPoint &pos) const;
    QRect bandRect(const QPoint &to) const;

    QRubberBand *m_band = nullptr;
    QPoint m_origin;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_barClicked = false;
};

} // namespace sift
