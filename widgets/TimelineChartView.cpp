#include "widgets/TimelineChartView.h"

#include <QMouseEvent>
#include <QRubberBand>

namespace sift {

namespace {

constexpr int kDragThreshold = 6; // pixels before a press becomes a drag

} // namespace

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setObjectName(QStringLiteral("timelineChartView"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
}

double TimelineChartView::valueAt(const QPoint &pos) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(pos))).x();
}

QRect TimelineChartView::bandRect(const QPoint &to) const
{
    const QRectF plot = chart()->plotArea();
    const QRect plotInView = mapFromScene(chart()->mapToScene(plot)).boundingRect();
    const int left = std::max(std::min(m_origin.x(), to.x()), plotInView.left());
    const int right = std::min(std::max(m_origin.x(), to.x()), plotInView.right());
    return QRect(QPoint(left, plotInView.top()), QPoint(std::max(left, right), plotInView.bottom()));
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_origin = event->position().toPoint();
        m_pressed = true;
        m_dragging = false;
        m_barClicked = false;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && !m_dragging && std::abs(event->position().toPoint().x() - m_origin.x()) > kDragThreshold) {
        m_dragging = true;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->show();
    }
    if (m_dragging)
        m_band->setGeometry(bandRect(event->position().toPoint()));
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // The base class delivers the release to the bars first, which report their own clicks.
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        m_band->hide();
        Q_EMIT rangeDragged(valueAt(m_origin), valueAt(pos));
    } else if (!m_barClicked && chart()->plotArea().contains(chart()->mapFromScene(mapToScene(pos)))) {
        Q_EMIT backgroundClicked(valueAt(pos));
    }
    m_barClicked = false;
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    Q_EMIT resized();
}

} // namespace sift
