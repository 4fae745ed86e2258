#include "widgets/HighlightColors.h"

#include <QtMath>

namespace sift::HighlightColors {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor blend(const QColor &status, const QColor &background, int alpha)
{
    const double t = qBound(0, alpha, 255) / 255.0;
    const QColor s = status.toRgb();
    const QColor b = background.toRgb();
    return QColor::fromRgbF(float(s.redF() * t + b.redF() * (1 - t)), float(s.greenF() * t + b.greenF() * (1 - t)),
                            float(s.blueF() * t + b.blueF() * (1 - t)));
}

QColor claimFill(const QColor &status, const QPalette &palette, bool strong)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Start from the colour the desk is used to and back off towards the base until the text reads.
    for (int alpha = strong ? 150 : 80; alpha > 0; alpha -= 5) {
        const QColor fill = blend(status, base, alpha);
        if (contrastRatio(fill, text) >= kAA)
            return fill;
    }
    return base;
}

QColor suggestionUnderline(const QPalette &palette, bool current)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    if (current) {
        const QColor link = palette.color(QPalette::Link);
        return contrastRatio(link, base) >= kNonText ? link : text;
    }
    // As soft as it can be while it still shows: from two thirds of the way to the text colour upwards.
    for (int alpha = 170; alpha < 255; alpha += 5) {
        const QColor mark = blend(text, base, alpha);
        if (contrastRatio(mark, base) >= kNonText)
            return mark;
    }
    return text;
}

} // namespace sift::HighlightColors
