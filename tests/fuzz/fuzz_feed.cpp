// libFuzzer entry point for the feed target; see FuzzTargets.h and scripts/fuzz.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sift::fuzz::feed(data, size);
}
