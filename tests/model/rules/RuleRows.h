#pragma once

#include "RulesFixture.h"
#include "rules/Finding.h"

#include <QList>
#include <QString>
#include <optional>

// Each row: start from a valid baseline, mutate one thing, and expect a rule id to
// appear (with an optional severity) or not to appear.
#define MUT [](icp::Application& a, icp::Portfolio& p) { (void)a; (void)p;
#define END }

namespace rows {

void add(const char* name, fixture::Base base, const char* ruleId, bool present, fixture::Mutation mutation,
         std::optional<icp::Severity> severity = std::nullopt);

struct Registered
{
    QString ruleId;
    bool present;
};
QList<Registered>& registry();

void addEntityRows();
void addPersonRows();
void addWebsiteRows();
void addDomainRows();
void addDocumentAndOrderRows();
void addCalendarCorrectionRows(); // working days and Beijing time (RowsCalendarCorrections.cpp)
// Corrections of the website, domain and document rules (docs/regulations.md "Changes").
void addWebsiteCorrectionRows();
void addEntityCorrectionRows(); // docs/regulations.md §1.2, §3.4, §3.7, §4.2
// The columns (Base base, Mutation mutate, QString ruleId, bool present, int severity) and
// every row above; other tests run them too (tests/widgets/tst_pageownership).
void addAllRows();

} // namespace rows
