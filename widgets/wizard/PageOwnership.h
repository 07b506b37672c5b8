#pragma once

#include "wizard/WizardPage.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace icp::wizard {

// The wizard's pages, in order, with the stable key each is saved under
// (Application::wizardPage) and the step of the four the user sees it in.
struct PageInfo
{
    WizardPage::Id id;
    QStringView key;
    int step; // 1 Collect application information … 4 Application granted
};
const QList<PageInfo>& pageTable();

QString pageKey(WizardPage::Id id);
std::optional<WizardPage::Id> pageFromKey(QStringView key);
int pageStep(WizardPage::Id id);
// The first page of a step (what the side list's step line opens).
WizardPage::Id firstPageOfStep(int step);

// The page that shows a field path (domain/FieldPath.h), from one table of path
// prefixes: the longest prefix that matches wins, so "entity.provinceCode" belongs to
// the type page and every other "entity…" path to the entity page. Paths no page
// shows (granted records, …) have no owner.
std::optional<WizardPage::Id> pageOwning(QStringView fieldPath);

} // namespace icp::wizard
