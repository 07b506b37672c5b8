#include "RuleRows.h"

#include <QTest>

using namespace icp;

namespace rows {

QList<Registered>& registry()
{
    static QList<Registered> list;
    return list;
}

void add(const char* name, fixture::Base base, const char* ruleId, bool present, fixture::Mutation mutation,
         std::optional<Severity> severity)
{
    registry().append({QLatin1StringView(ruleId), present});
    QTest::newRow(name) << base << mutation << QString::fromLatin1(ruleId) << present
                        << (severity ? int(*severity) : -1);
}

void addAllRows()
{
    QTest::addColumn<fixture::Base>("base");
    QTest::addColumn<fixture::Mutation>("mutate");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("severity");
    registry().clear();
    addEntityRows();
    addPersonRows();
    addWebsiteRows();
    addDomainRows();
    addDocumentAndOrderRows();
    addCalendarCorrectionRows();
    addWebsiteCorrectionRows();
    addEntityCorrectionRows();
}

} // namespace rows
