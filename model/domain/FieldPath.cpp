#include "domain/FieldPath.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace icp {

namespace fieldpath {

// Paths are built by concatenation (one allocation), not QString::arg: the rules build
// thousands of them per second (tests/bench/rules).
QString ElementPath::member(QLatin1StringView name) const
{
    return m_root % u'.' % name;
}

QString ElementPath::member(const QString& name) const
{
    return m_root % u'.' % name;
}

QString ElementPath::element(QLatin1StringView list, int index) const
{
    return m_root % u'.' % list % u'[' % QString::number(index) % u']';
}

QString EntityPath::root() const
{
    return u"entity"_s;
}

QString EntityPath::member(QLatin1StringView name) const
{
    return u"entity." % name;
}

QString EntityPath::member(const QString& name) const
{
    return u"entity." % name;
}

QString EntityPath::type() const
{
    return u"entity.type"_s;
}

QString EntityPath::name() const
{
    return u"entity.name"_s;
}

QString EntityPath::certificateType() const
{
    return u"entity.certificateType"_s;
}

QString EntityPath::certificateNumber() const
{
    return u"entity.certificateNumber"_s;
}

QString EntityPath::certificateAddress() const
{
    return u"entity.certificateAddress"_s;
}

QString EntityPath::communicationAddress() const
{
    return u"entity.communicationAddress"_s;
}

QString EntityPath::postcode() const
{
    return u"entity.postcode"_s;
}

QString EntityPath::investor() const
{
    return u"entity.investor"_s;
}

QString EntityPath::registeredCapitalYuan() const
{
    return u"entity.registeredCapitalYuan"_s;
}

QString EntityPath::foreignEquityPercent() const
{
    return u"entity.foreignEquityPercent"_s;
}

QString EntityPath::provinceCode() const
{
    return u"entity.provinceCode"_s;
}

QString EntityPath::filingNumber() const
{
    return u"entity.filingNumber"_s;
}

QString LicenceRecordPath::number() const
{
    return u"number"_s;
}

QString LicenceRecordPath::expiresOn() const
{
    return u"expiresOn"_s;
}

QString LicenceRecordPath::annualReports() const
{
    return u"annualReports"_s;
}

} // namespace fieldpath

QString FieldPath::kind()
{
    return u"kind"_s;
}

QString FieldPath::operation()
{
    return u"operation"_s;
}

QString FieldPath::status()
{
    return u"status"_s;
}

QString FieldPath::licenceScope()
{
    return u"licenceScope"_s;
}

QString FieldPath::plannedSubmission()
{
    return u"plannedSubmission"_s;
}

QString FieldPath::serviceCategories()
{
    return u"serviceCategories"_s;
}

QString FieldPath::serviceCategory(int index)
{
    return element("serviceCategories"_L1, index);
}

QString FieldPath::persons()
{
    return u"persons"_s;
}

QString FieldPath::websites()
{
    return u"websites"_s;
}

QString FieldPath::documents()
{
    return u"documents"_s;
}

QString FieldPath::noPreApprovalPledgeSigned()
{
    return u"noPreApprovalPledgeSigned"_s;
}

fieldpath::PersonPath FieldPath::person(int index)
{
    return element("persons"_L1, index);
}

fieldpath::WebsitePath FieldPath::website(int index)
{
    return element("websites"_L1, index);
}

fieldpath::DocumentPath FieldPath::document(int index)
{
    return element("documents"_L1, index);
}

QString FieldPath::element(QLatin1StringView list, int index)
{
    return list % u'[' % QString::number(index) % u']';
}

} // namespace icp
