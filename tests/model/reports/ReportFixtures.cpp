#include "ReportFixtures.h"

#include "core/BeijingTime.h"

using namespace Qt::StringLiterals;

namespace icp::test {

QDateTime reportNow()
{
    return beijing::startOfDay(QDate(2026, 12, 3)).addSecs(9 * 3600);
}

Licence reportLicence(const QString& id, ApplicationKind kind, const QString& number, const QString& entity,
                      LicenceStatus status, QDate expiresOn)
{
    Licence licence;
    licence.id = id;
    licence.kind = kind;
    licence.number = number;
    licence.entityName = entity;
    licence.status = status;
    licence.issuedOn = QDate(2024, 3, 1);
    licence.expiresOn =
        kind == ApplicationKind::Licence && !expiresOn.isValid() ? QDate(2029, 3, 1) : expiresOn;
    licence.provinceCode = 11;
    licence.owner = u"Zhou Lan"_s;
    return licence;
}

Obligation reportObligation(ObligationKind kind, const QString& subject, const QString& entity, QDate due,
                            ObligationState state)
{
    Obligation o;
    o.kind = kind;
    o.subject = subject;
    o.entityName = entity;
    o.dueOn = due;
    o.state = state;
    o.id = Obligation::makeId(kind, subject, due);
    o.rule = u"LIC-006"_s;
    o.owner = u"Zhou Lan"_s;
    return o;
}

ReportPortfolio bigPortfolio(int entities, int recordsEach, int obligationsEach)
{
    static const QStringList cities{u"北京"_s, u"上海"_s, u"广州"_s, u"深圳"_s, u"杭州"_s, u"成都"_s};
    static const QList<ObligationKind> kinds{ObligationKind::LicenceRenewal, ObligationKind::AnnualReport,
                                             ObligationKind::DomainExpiry, ObligationKind::PsbFiling,
                                             ObligationKind::LicenceExpiry};
    ReportPortfolio portfolio;
    const QDate asOf = beijing::dateOf(reportNow());
    int serial = 0;
    for (int e = 0; e < entities; ++e) {
        const QString entity = u"%1示例第%2网络科技有限公司"_s.arg(cities[e % cities.size()]).arg(e + 1);
        for (int r = 0; r < recordsEach; ++r, ++serial) {
            const bool filing = r == 0;
            const QString number = filing ? u"京ICP备2026%1号"_s.arg(serial, 6, 10, QChar(u'0'))
                                          : u"京B2-2026%1"_s.arg(serial, 4, 10, QChar(u'0'));
            Licence licence =
                reportLicence(u"rec-%1"_s.arg(serial),
                              filing ? ApplicationKind::Filing : ApplicationKind::Licence, number, entity);
            licence.uscc = u"91110108MA01%1"_s.arg(serial, 6, 10, QChar(u'0'));
            licence.services = filing ? QStringList{} : QStringList{u"B25"_s, u"B21"_s};
            licence.accessProvider = u"示例云计算有限公司"_s;
            for (int w = 1; w <= 2; ++w) {
                RegisteredWebsite site;
                site.number = number + u"-%1"_s.arg(w);
                site.name = u"示例网站%1"_s.arg(w);
                site.homepageUrls = {u"https://www.example-%1-%2.cn/"_s.arg(serial).arg(w)};
                site.psbNumber =
                    w == 1 ? u"京公网安备1101080200%1号"_s.arg(serial, 4, 10, QChar(u'0')) : QString();
                site.launchedOn = QDate(2024, 4, w);
                site.domains = {RegisteredDomain{u"example-%1-%2.cn"_s.arg(serial).arg(w), u"示例注册商"_s,
                                                 asOf.addDays(40 + serial * 7 + w)}};
                licence.websites.append(site);
            }
            portfolio.licences.append(licence);
            for (int k = 0; k < obligationsEach; ++k) {
                const QDate due = asOf.addDays(-20 + (serial * 37 + k * 113) % 1100);
                const ObligationState state = due < asOf              ? ObligationState::Overdue
                                              : asOf.daysTo(due) < 60 ? ObligationState::DueSoon
                                                                      : ObligationState::Upcoming;
                portfolio.obligations.append(
                    reportObligation(kinds[(serial + k) % kinds.size()], number, entity, due, state));
            }
        }
    }
    return portfolio;
}

} // namespace icp::test
