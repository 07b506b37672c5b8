#pragma once

#include "SampleDomain.h"
#include "domain/Application.h"
#include "rules/RuleSet.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>

// Test helpers for the rules engine: valid baseline applications built from
// invented people with computed-valid ID numbers and a computed-valid USCC.
namespace fixture {

// The date every row evaluates on (a Monday).
QDate asOf();

using icp::test::residentId;
using icp::test::uscc;

enum class Base { Organisation, Personal, Licence };

// Enterprise in Zhejiang (33): legal rep 张三 is the entity principal, 李四 runs the site.
icp::Application organisation();
// 李四 files a personal website in Zhejiang.
icp::Application personal();
// The organisation applying for a one-province B25 licence.
icp::Application licence();
icp::Application base(Base which);

// Moves an application to another province, keeping it consistent (address, USCC
// region, access location, personal ID region).
void moveTo(icp::Application& app, int provinceCode);

icp::Document document(const QString& id, icp::DocumentKind kind, const QString& subjectId,
                       const QString& fileName = QString(), qint64 bytes = 500 * 1024);
icp::Domain domain(const icp::Application& app, const QString& name);
icp::Website extraWebsite(const icp::Application& app, int index); // a second, distinct valid website
icp::Person& person(icp::Application& app, const QString& id);

using Mutation = std::function<void(icp::Application&, icp::Portfolio&)>;

} // namespace fixture

Q_DECLARE_METATYPE(fixture::Mutation)
Q_DECLARE_METATYPE(fixture::Base)
