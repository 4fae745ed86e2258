// A fixture for core_layering_refuses: analysis reaching up into project. Never compiled.
#include "core/analysis/IncidentDraft.h"

#include "core/project/Project.h"
