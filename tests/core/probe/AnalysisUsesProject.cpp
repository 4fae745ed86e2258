// Compiled with sift_analysis's include rules: it must fail to build, as analysis may not know the project.
#include "core/project/Project.h"

int probeAnalysisUsesProject()
{
    return sizeof(sift::Project);
}
