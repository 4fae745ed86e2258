#pragma once

#include <QColor>
#include <QPalette>

namespace sift {

/// Status colours as highlights behind text, kept readable on the light and the dark palette alike.
namespace HighlightColors {

/// WCAG 2 relative luminance of an opaque colour (0 black .. 1 white).
double luminance(const QColor &color);
/// WCAG 2 contrast ratio of two opaque colours (1 .. 21); AA asks 4.5 for body text.
double contrastRatio(const QColor &a, const QColor &b);
/// The opaque colour of status drawn at alpha (0..255) over background.
QColor blend(const QColor &status, const QColor &background, int alpha);
/// The fill behind a claim of this status colour on palette: the status colour over the base as strongly as the
/// palette's text still reads on it at AA (4.5:1); strong (the current claim) allows more colour.
QColor claimFill(const QColor &status, const QPalette &palette, bool strong);

/// The dotted underline under a suggested claim: the palette's text colour softened towards the base, or for the
/// current suggestion the link colour; either keeps at least kNonText contrast against the base (so it reads on a
/// dark palette as on a light one).
QColor suggestionUnderline(const QPalette &palette, bool current);

constexpr double kAA = 4.5;
/// WCAG 2 (1.4.11) for marks that are not text: 3:1.
constexpr double kNonText = 3.0;

} // namespace HighlightColors
} // namespace sift
