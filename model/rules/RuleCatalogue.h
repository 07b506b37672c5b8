#pragma once

#include "rules/Finding.h"

#include <QList>
#include <optional>

namespace icp::rules {

// The static list of every rule; RuleSet::rules() exposes it.
QList<RuleInfo> catalogue();
std::optional<RuleInfo> catalogueEntry(const QString& id);

} // namespace icp::rules
