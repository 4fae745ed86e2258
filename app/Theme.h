#pragma once

#include <QPalette>
#include <QString>

namespace sift {

/// The application's colours: the system's scheme, or a light or dark palette on the Fusion style,
/// chosen in View ▸ Theme and kept in the settings ("theme"); SIFT_THEME=light|dark|system overrides it.
namespace Theme {

enum class Mode { System, Light, Dark };

QString key(Mode mode); ///< "system", "light", "dark"
Mode fromKey(const QString &key);
/// What to start with: SIFT_THEME when set, else the saved choice, else System.
Mode startupMode();
/// Applies mode to the running application and remembers it in the settings when save is set.
void apply(Mode mode, bool save = true);
Mode current();
/// True when the colours in use are dark (a dark theme chosen, or a dark system scheme followed).
bool isDark();
QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
} // namespace sift
