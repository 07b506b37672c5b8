#pragma once

#include "domain/Application.h"

#include <QDate>
#include <QJsonArray>

namespace icp::backend {

// Re-runs the rules engine on a submitted application (the server trusts no client)
// and returns its blocking findings as structured rejections, each
// {ruleId, fieldPath, reason{zh,en}, suggestion{zh,en}} (docs/api.md principle 5).
// Empty when nothing blocks.
QJsonArray blockingRejections(const Application& application, QDate asOf);

// A rejection the simulated audit itself produces (no rule of the engine), e.g. the SMS
// verification that timed out (docs/regulations.md §2.2).
QJsonArray smsTimeoutRejection();

} // namespace icp::backend
