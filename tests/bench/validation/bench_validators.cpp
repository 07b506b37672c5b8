// Throughput of the identity and contact validators (checks per second on one
// thread). Prints figures only; a timing is never a pass/fail condition.
// Inputs are invented: ID numbers get check characters from the library, phone
// numbers are test-style numbers.

#include "SampleDomain.h"
#include "validation/Contact.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kRunMilliseconds = 1000;

// Runs `check` over `inputs` round-robin for about a second; returns checks/s
// and how many of the inputs were accepted (so the compiler cannot drop the work).
void measure(const char* name, const QStringList& inputs, const std::function<bool(QStringView)>& check)
{
    // Warm up: data tables, the geocoder and caches are built on first use.
    for (const QString& input : inputs)
        check(input);

    qint64 checks = 0;
    qint64 accepted = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kRunMilliseconds) {
        for (const QString& input : inputs)
            accepted += check(input) ? 1 : 0;
        checks += inputs.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << name << ": " << qint64(double(checks) / seconds) << " checks/s (" << inputs.size()
                        << " inputs, " << (100 * accepted / checks) << "% valid)\n";
}

QStringList residentIds()
{
    QStringList list;
    const QStringList regions = {u"110105"_s, u"310104"_s, u"440305"_s, u"510107"_s, u"650102"_s};
    for (int i = 0; i < 1000; ++i) {
        const QDate birth = QDate(1950, 1, 1).addDays(i * 23);
        QString id = icp::test::residentId(regions[i % regions.size()], birth.toString(u"yyyyMMdd"_s),
                                           QString::number(i % 1000).rightJustified(3, u'0'));
        if (i % 10 == 9) // one in ten mistyped
            id[17] = id[17] == u'1' ? u'2' : u'1';
        list.append(id);
    }
    return list;
}

QStringList usccs()
{
    QStringList list;
    const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    for (int i = 0; i < 1000; ++i) {
        const QString organisation8 = u"MA"_s + QString::number(100000 + i * 37);
        QString code = icp::test::uscc(i % 2 ? u"91"_s : u"92"_s, u"440300"_s, organisation8);
        if (i % 10 == 9)
            code[17] = alphabet[(alphabet.indexOf(code[17]) + 1) % alphabet.size()];
        list.append(code);
    }
    return list;
}

QStringList mobiles()
{
    QStringList list;
    const QStringList segments = {u"138"_s, u"150"_s, u"186"_s, u"189"_s, u"170"_s, u"192"_s, u"154"_s};
    for (int i = 0; i < 1000; ++i)
        list.append(segments[i % segments.size()] + QString::number(10000000 + i * 7919 % 90000000));
    return list;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QDate today(2024, 6, 15);

    measure("resident ID", residentIds(), [&](QStringView s) { return icp::parseResidentId(s, today).ok(); });
    measure("USCC", usccs(), [](QStringView s) { return icp::parseUscc(s).ok(); });
    measure("mobile (segments table + libphonenumber geocoder)", mobiles(),
            [](QStringView s) { return icp::parseMobile(s).ok(); });
    measure("e-mail",
            {u"user@example.com"_s, u"User.Name+tag@Example.COM"_s, u"info@例子.中国"_s,
             u"broken@@example.com"_s, u"someone@mail.example.com.cn"_s},
            [](QStringView s) { return icp::parseEmail(s).ok(); });
    measure("landline",
            {u"010-12345678"_s, u"0755-2345678-123"_s, u"(021)87654321"_s, u"011-12345678"_s,
             u"+86 10 12345678"_s},
            [](QStringView s) { return icp::parseLandline(s).ok(); });
    return 0;
}
