// libFuzzer entry point for the attribution target; see FuzzTargets.h and scripts/fuzz.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sift::fuzz::attribution(data, size);
}
