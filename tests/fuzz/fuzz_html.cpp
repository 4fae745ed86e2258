// libFuzzer entry point for the html target; see FuzzTargets.h and scripts/fuzz.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sift::fuzz::html(data, size);
}
