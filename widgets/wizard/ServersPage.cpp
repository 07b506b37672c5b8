#include "wizard/ServersPage.h"

#include "domain/FieldPath.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/ItemList.h"
#include "wizard/WizardText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// RFC 1918 and RFC 4193 ranges (QHostAddress::isPrivateUse needs Qt 6.6).
bool isPrivate(const QHostAddress& address)
{
    static const QList<std::pair<QHostAddress, int>> ranges{
        QHostAddress::parseSubnet(u"10.0.0.0/8"_s), QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
        QHostAddress::parseSubnet(u"192.168.0.0/16"_s), QHostAddress::parseSubnet(u"fc00::/7"_s)};
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const auto& range) { return address.isInSubnet(range); });
}

} // namespace

ServersPage::ServersPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"serversPage"_s);
    QFormLayout* top = addForm();
    m_website = new QComboBox(this);
    m_websiteRow = addRow(top, m_website, u"serversWebsiteComboBox"_s, QString());
    connect(m_website, &QComboBox::currentIndexChanged, this, &ServersPage::selectWebsite);

    m_list = new ItemList(u"access"_s, this);
    pageLayout()->addWidget(m_list);
    connect(m_list, &ItemList::currentIndexChanged, this, &ServersPage::selectAccess);
    connect(m_list, &ItemList::addClicked, this, [this] {
        if (m_websiteIndex < 0)
            return;
        Access access;
        access.provinceCode = draft().application().entity.provinceCode;
        draft().edit().websites[m_websiteIndex].access.append(access);
        draft().markChanged(FieldPath::website(m_websiteIndex).accessList());
        refreshAccessList();
        m_list->setCurrentIndex(m_list->count() - 1);
        m_provider->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &ItemList::removeClicked, this, [this](int index) {
        if (m_websiteIndex < 0)
            return;
        draft().edit().websites[m_websiteIndex].access.removeAt(index);
        draft().markChanged(FieldPath::website(m_websiteIndex).accessList());
        refreshAccessList();
        selectAccess(m_list->currentIndex());
    });

    m_editor = new QWidget(this);
    pageLayout()->addWidget(m_editor);
    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_provider = addLineEdit(form, u"accessProviderLineEdit"_s, QString(), &m_providerRow);
    connect(m_provider, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Access* a = current()) {
            a->provider = text.trimmed();
            edited("provider");
            refreshAccessList();
        }
    });
    m_province = new QComboBox(m_editor);
    m_provinceRow = addRow(form, m_province, u"accessProvinceComboBox"_s, QString());
    connect(m_province, &QComboBox::activated, this, [this] {
        if (Access* a = current()) {
            a->provinceCode = m_province->currentData().toInt();
            edited("provinceCode");
        }
    });
    m_addresses = new QPlainTextEdit(m_editor);
    m_addresses->setTabChangesFocus(true);
    m_addresses->setMaximumHeight(m_addresses->fontMetrics().lineSpacing() * 4 + 12);
    m_addressesRow = addRow(form, m_addresses, u"ipAddressesEdit"_s, QString(), true);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, [this] {
        Access* a = current();
        if (!a)
            return;
        QStringList addresses;
        for (const QString& line : m_addresses->toPlainText().split(QRegularExpression(u"[\\s,;]+"_s))) {
            if (!line.isEmpty())
                addresses.append(line);
        }
        if (addresses != a->ipAddresses) {
            a->ipAddresses = addresses;
            edited("ipAddresses");
        }
        checkAddresses();
    });
    m_copyToAll = new QPushButton(m_editor);
    m_copyToAll->setObjectName(u"copyAccessToAllButton"_s);
    form->addRow(QString(), m_copyToAll);
    connect(m_copyToAll, &QPushButton::clicked, this, [this] {
        // Most organisations host every site with one provider: copy this site's access.
        if (m_websiteIndex < 0)
            return;
        const QList<Access> access = draft().application().websites.at(m_websiteIndex).access;
        QList<Website>& sites = draft().edit().websites;
        for (int i = 0; i < sites.size(); ++i) {
            if (i != m_websiteIndex)
                sites[i].access = access;
        }
        draft().markChanged(FieldPath::websites());
    });

    retranslate();
    pageLayout()->addStretch();
}

WizardPage::Id ServersPage::id() const
{
    return Id::Servers;
}

QString ServersPage::title() const
{
    return tr("Servers and access provider");
}

QString ServersPage::subtitle() const
{
    return tr("Who hosts each website, in which province, at which IP addresses.");
}

bool ServersPage::focusField(const QString& fieldPath)
{
    const int site = wizard::listIndex(fieldPath, u"websites");
    if (site >= 0 && site < m_website->count())
        m_website->setCurrentIndex(site);
    const int access = wizard::listIndex(fieldPath, u"access");
    if (access >= 0 && access < m_list->count())
        m_list->setCurrentIndex(access);
    if (WizardPage::focusField(fieldPath))
        return true;
    m_list->list()->setFocus(Qt::OtherFocusReason);
    return true;
}

void ServersPage::showFindings()
{
    WizardPage::showFindings();
    refreshAccessList();
}

Access* ServersPage::current()
{
    if (m_websiteIndex < 0 || m_websiteIndex >= draft().application().websites.size())
        return nullptr;
    QList<Access>& access = draft().edit().websites[m_websiteIndex].access;
    return m_index >= 0 && m_index < access.size() ? &access[m_index] : nullptr;
}

void ServersPage::edited(const char* member)
{
    draft().markChanged(FieldPath::website(m_websiteIndex).access(m_index).member(QLatin1StringView(member)));
}

void ServersPage::selectWebsite(int index)
{
    m_websiteIndex = index;
    m_index = -1;
    reregister(m_websiteRow, index >= 0 ? FieldPath::website(index).accessList() : QString());
    refreshAccessList();
    if (m_list->currentIndex() < 0 && m_list->count() > 0)
        m_list->setCurrentIndex(0);
    selectAccess(m_list->currentIndex());
}

void ServersPage::selectAccess(int index)
{
    m_index = index;
    const QString base = index >= 0 && m_websiteIndex >= 0
                             ? FieldPath::website(m_websiteIndex).access(index).root() + u'.'
                             : QString();
    reregister(m_providerRow, base.isEmpty() ? QString() : base + u"provider"_s);
    reregister(m_provinceRow, base.isEmpty() ? QString() : base + u"provinceCode"_s);
    reregister(m_addressesRow, base.isEmpty() ? QString() : base + u"ipAddresses"_s);
    const Access* a = current();
    m_editor->setVisible(a != nullptr);
    if (a) {
        if (m_provider->text() != a->provider)
            m_provider->setText(a->provider);
        wizard::selectData(m_province, a->provinceCode);
        const QSignalBlocker blocker(m_addresses);
        if (m_addresses->toPlainText() != a->ipAddresses.join(u'\n'))
            m_addresses->setPlainText(a->ipAddresses.join(u'\n'));
        checkAddresses();
    }
    WizardPage::showFindings();
}

void ServersPage::refreshAccessList()
{
    QStringList labels;
    QList<bool> problems;
    if (m_websiteIndex >= 0 && m_websiteIndex < draft().application().websites.size()) {
        const QList<Access>& access = draft().application().websites.at(m_websiteIndex).access;
        for (int i = 0; i < access.size(); ++i) {
            labels.append(access.at(i).provider.isEmpty() ? tr("Access %1").arg(i + 1)
                                                          : access.at(i).provider);
            problems.append(
                hasBlocking(draft().findingsUnder(FieldPath::website(m_websiteIndex).access(i).root())));
        }
    }
    m_list->setItems(labels, problems);
    m_list->setEnabled(m_websiteIndex >= 0);
}

void ServersPage::checkAddresses()
{
    // QHostAddress parses both families; the message names the first address it refuses.
    const Access* a = current();
    if (!a || a->ipAddresses.isEmpty()) {
        m_addressesRow->clearInstantState();
        return;
    }
    int v4 = 0;
    int v6 = 0;
    for (const QString& text : a->ipAddresses) {
        QHostAddress address;
        if (!address.setAddress(text)) {
            m_addressesRow->setInstantState(
                false,
                tr("%1 is not an IP address: write IPv4 as 203.0.113.10 or IPv6 as 2001:db8::10.").arg(text));
            return;
        }
        if (address.isLoopback() || address.isLinkLocal() || isPrivate(address)) {
            m_addressesRow->setInstantState(
                false, tr("%1 is a private or local address: give the server's public address.").arg(text));
            return;
        }
        (address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4) += 1;
    }
    m_addressesRow->setInstantState(
        true,
        tr("IPv4 addresses: %1, IPv6 addresses: %2").arg(QLocale().toString(v4), QLocale().toString(v6)));
}

void ServersPage::reload()
{
    const int current = m_website->currentIndex();
    {
        const QSignalBlocker blocker(m_website);
        m_website->clear();
        const QList<Website>& sites = draft().application().websites;
        for (int i = 0; i < sites.size(); ++i)
            m_website->addItem(sites.at(i).name.isEmpty() ? tr("Website %1").arg(i + 1) : sites.at(i).name);
        m_website->setCurrentIndex(
            current >= 0 && current < m_website->count() ? current : (m_website->count() ? 0 : -1));
    }
    m_copyToAll->setVisible(draft().application().websites.size() > 1);
    selectWebsite(m_website->currentIndex());
    setEnabled(editable());
}

void ServersPage::retranslate()
{
    wizard::fillProvinces(m_province);
    m_websiteRow->setLabelText(tr("&Website:"));
    m_list->setTexts(tr("Access providers"), tr("&Add access"), tr("&Remove access"));
    m_providerRow->setLabelText(tr("Access &provider:"));
    m_providerRow->setHint(tr("The company that hosts the site in mainland China and files the access."));
    m_provinceRow->setLabelText(tr("Server pro&vince:"));
    m_addressesRow->setLabelText(tr("&IP addresses:"));
    m_addressesRow->setHint(tr("One per line; IPv4 or IPv6."));
    m_copyToAll->setText(tr("&Use this access for every website"));
    reload();
}

} // namespace icp
