#pragma once

#include <cstddef>
#include <cstdint>

#include <QString>
#include <QStringList>

/// The parsers' fuzz entry points. libFuzzer drives them from fuzz_*.cpp (SIFT_FUZZ=ON, clang); the
/// regression test replays the saved inputs through the same functions in every build.
namespace sift::fuzz {

int scrapedText(const std::uint8_t *data, std::size_t size);
int json(const std::uint8_t *data, std::size_t size);
int csv(const std::uint8_t *data, std::size_t size);
int dates(const std::uint8_t *data, std::size_t size);
int searchQuery(const std::uint8_t *data, std::size_t size);
/// RSS/RDF/Atom: the feed parser with and without an HTTP charset, its repairs, and HtmlText.
int feed(const std::uint8_t *data, std::size_t size);
int html(const std::uint8_t *data, std::size_t size);
/// The attribution finder on any text: every span lies inside the text and says what its offsets say.
int attribution(const std::uint8_t *data, std::size_t size);

/// The target names, as used for the folders under tests/fuzz/corpus and tests/fuzz/regressions.
QStringList targetNames();
int run(const QString &target, const std::uint8_t *data, std::size_t size);

} // namespace sift::fuzz
