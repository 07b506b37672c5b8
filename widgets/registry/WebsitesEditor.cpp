#include "registry/WebsitesEditor.h"

#include "registry/RegistryChecks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QTableWidget* makeTable(int columns, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Several homepages in one cell, separated like the import's cells (`;`, `；`, `、`) or spaces.
QStringList splitUrls(const QString& text)
{
    static const QRegularExpression separators(u"[;；、,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

WebsitesEditor::WebsitesEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_sitesLabel = new QLabel(this);
    m_sitesLabel->setWordWrap(true);
    layout->addWidget(m_sitesLabel);
    m_sites = makeTable(SiteColumns, u"websitesTable"_s, this);
    layout->addWidget(m_sites, 2);
    auto* siteButtons = new QHBoxLayout;
    m_addSite = new QPushButton(this);
    m_addSite->setObjectName(u"addWebsiteButton"_s);
    m_removeSite = new QPushButton(this);
    m_removeSite->setObjectName(u"removeWebsiteButton"_s);
    siteButtons->addWidget(m_addSite);
    siteButtons->addWidget(m_removeSite);
    siteButtons->addStretch();
    layout->addLayout(siteButtons);

    m_domainsLabel = new QLabel(this);
    m_domainsLabel->setWordWrap(true);
    layout->addWidget(m_domainsLabel);
    m_domains = makeTable(DomainColumns, u"domainsTable"_s, this);
    layout->addWidget(m_domains, 1);
    auto* domainButtons = new QHBoxLayout;
    m_addDomain = new QPushButton(this);
    m_addDomain->setObjectName(u"addDomainButton"_s);
    m_removeDomain = new QPushButton(this);
    m_removeDomain->setObjectName(u"removeDomainButton"_s);
    domainButtons->addWidget(m_addDomain);
    domainButtons->addWidget(m_removeDomain);
    domainButtons->addStretch();
    layout->addLayout(domainButtons);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"websitesProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);

    connect(m_addSite, &QPushButton::clicked, this, &WebsitesEditor::addWebsite);
    connect(m_removeSite, &QPushButton::clicked, this, &WebsitesEditor::removeWebsite);
    connect(m_addDomain, &QPushButton::clicked, this, &WebsitesEditor::addDomain);
    connect(m_removeDomain, &QPushButton::clicked, this, &WebsitesEditor::removeDomain);
    connect(m_sites, &QTableWidget::cellChanged, this, &WebsitesEditor::siteEdited);
    connect(m_domains, &QTableWidget::cellChanged, this, &WebsitesEditor::domainEdited);
    connect(m_sites, &QTableWidget::currentCellChanged, this, [this] { showDomains(); });

    retranslate();
    showSites();
}

void WebsitesEditor::setWebsites(const QList<RegisteredWebsite>& websites)
{
    m_rows.clear();
    for (const RegisteredWebsite& site : websites) {
        SiteRow row{site.number,
                    site.name,
                    site.homepageUrls.join(u"; "_s),
                    site.psbNumber,
                    dateText(site.launchedOn),
                    {}};
        for (const RegisteredDomain& domain : site.domains)
            row.domains.append({domain.name, domain.registrar, dateText(domain.expiresOn)});
        m_rows.append(row);
    }
    showSites();
}

QList<RegisteredWebsite> WebsitesEditor::websites() const
{
    QList<RegisteredWebsite> sites;
    for (const SiteRow& row : m_rows) {
        RegisteredWebsite site;
        site.number = row.number.trimmed();
        site.name = row.name.trimmed();
        site.homepageUrls = splitUrls(row.homepages);
        site.psbNumber = row.psb.trimmed();
        site.launchedOn = registry_checks::parseDateCell(row.launched);
        for (const DomainRow& d : row.domains)
            site.domains.append(
                {d.name.trimmed(), d.registrar.trimmed(), registry_checks::parseDateCell(d.expires)});
        sites.append(site);
    }
    return sites;
}

QStringList WebsitesEditor::problems() const
{
    QStringList found;
    auto add = [&found](const QString& message) {
        if (!message.isEmpty())
            found.append(message);
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const SiteRow& row = m_rows.at(i);
        const QString where = tr("Website %1").arg(i + 1);
        add(registry_checks::websiteNumber(where, row.number));
        add(registry_checks::psbNumber(where, row.psb));
        add(registry_checks::dateCell(where, tr("launched on"), row.launched));
        for (int j = 0; j < row.domains.size(); ++j) {
            const QString domainWhere = tr("Website %1, domain %2").arg(i + 1).arg(j + 1);
            add(registry_checks::domain(domainWhere, row.domains.at(j).name));
            add(registry_checks::dateCell(domainWhere, tr("expires on"), row.domains.at(j).expires));
        }
    }
    return found;
}

int WebsitesEditor::currentSite() const
{
    const int row = m_sites->currentRow();
    return row >= 0 && row < m_rows.size() ? row : -1;
}

void WebsitesEditor::showSites()
{
    const int keep = m_sites->currentRow();
    m_filling = true;
    m_sites->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const SiteRow& row = m_rows.at(i);
        setCell(m_sites, i, NumberColumn, row.number);
        setCell(m_sites, i, NameColumn, row.name);
        setCell(m_sites, i, HomepagesColumn, row.homepages);
        setCell(m_sites, i, PsbColumn, row.psb);
        setCell(m_sites, i, LaunchedColumn, row.launched);
    }
    m_filling = false;
    if (!m_rows.isEmpty())
        m_sites->setCurrentCell(std::clamp(keep, 0, int(m_rows.size()) - 1), NumberColumn);
    m_sites->resizeColumnsToContents();
    showDomains();
}

void WebsitesEditor::showDomains()
{
    const int site = currentSite();
    m_filling = true;
    const QList<DomainRow> domains = site >= 0 ? m_rows.at(site).domains : QList<DomainRow>();
    m_domains->setRowCount(int(domains.size()));
    for (int i = 0; i < domains.size(); ++i) {
        setCell(m_domains, i, DomainNameColumn, domains.at(i).name);
        setCell(m_domains, i, RegistrarColumn, domains.at(i).registrar);
        setCell(m_domains, i, DomainExpiresColumn, domains.at(i).expires);
    }
    m_filling = false;
    m_domains->resizeColumnsToContents();
    m_removeSite->setEnabled(site >= 0);
    m_addDomain->setEnabled(site >= 0);
    m_removeDomain->setEnabled(site >= 0 && !domains.isEmpty());
    retranslate();
    refreshProblems();
}

void WebsitesEditor::siteEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_rows.size())
        return;
    SiteRow& site = m_rows[row];
    const QString text = cell(m_sites, row, column);
    switch (SiteColumn(column)) {
    case NumberColumn:
        site.number = text;
        break;
    case NameColumn:
        site.name = text;
        break;
    case HomepagesColumn:
        site.homepages = text;
        break;
    case PsbColumn:
        site.psb = text;
        break;
    case LaunchedColumn:
        site.launched = text;
        break;
    case SiteColumns:
        break;
    }
    m_sites->resizeColumnsToContents(); // a long website number stays readable
    retranslate();                      // the domains' title names the website
    refreshProblems();
    Q_EMIT changed();
}

void WebsitesEditor::domainEdited(int row, int column)
{
    const int site = currentSite();
    if (m_filling || site < 0 || row < 0 || row >= m_rows.at(site).domains.size())
        return;
    DomainRow& domain = m_rows[site].domains[row];
    const QString text = cell(m_domains, row, column);
    switch (DomainColumn(column)) {
    case DomainNameColumn:
        domain.name = text;
        break;
    case RegistrarColumn:
        domain.registrar = text;
        break;
    case DomainExpiresColumn:
        domain.expires = text;
        break;
    case DomainColumns:
        break;
    }
    m_domains->resizeColumnsToContents();
    refreshProblems();
    Q_EMIT changed();
}

void WebsitesEditor::addWebsite()
{
    m_rows.append(SiteRow{});
    showSites();
    m_sites->setCurrentCell(int(m_rows.size()) - 1, NumberColumn);
    m_sites->editItem(m_sites->item(int(m_rows.size()) - 1, NumberColumn));
    Q_EMIT changed();
}

void WebsitesEditor::removeWebsite()
{
    const int site = currentSite();
    if (site < 0)
        return;
    m_rows.removeAt(site);
    showSites();
    Q_EMIT changed();
}

void WebsitesEditor::addDomain()
{
    const int site = currentSite();
    if (site < 0)
        return;
    m_rows[site].domains.append(DomainRow{});
    showDomains();
    const int row = int(m_rows.at(site).domains.size()) - 1;
    m_domains->setCurrentCell(row, DomainNameColumn);
    m_domains->editItem(m_domains->item(row, DomainNameColumn));
    Q_EMIT changed();
}

void WebsitesEditor::removeDomain()
{
    const int site = currentSite();
    const int row = m_domains->currentRow();
    if (site < 0 || row < 0 || row >= m_rows.at(site).domains.size())
        return;
    m_rows[site].domains.removeAt(row);
    showDomains();
    Q_EMIT changed();
}

void WebsitesEditor::refreshProblems()
{
    const QStringList found = problems();
    m_problems->setText(found.join(u'\n'));
    m_problems->setVisible(!found.isEmpty());
}

void WebsitesEditor::retranslate()
{
    m_sitesLabel->setText(
        tr("Websites under this record. Several homepages go in one cell, separated by “;”; "
           "dates are written YYYY-MM-DD."));
    m_sites->setHorizontalHeaderLabels(
        {tr("Website number"), tr("Name"), tr("Homepage URLs"), tr("PSB number"), tr("Launched on")});
    m_sites->setAccessibleName(tr("Websites"));
    m_addSite->setText(tr("Add websi&te"));
    m_removeSite->setText(tr("Remove website"));
    const int site = currentSite();
    if (site < 0)
        m_domainsLabel->setText(tr("Domains: select a website above."));
    else if (m_rows.at(site).number.isEmpty())
        m_domainsLabel->setText(tr("Domains of website %1:").arg(site + 1));
    else
        m_domainsLabel->setText(tr("Domains of website %1 (%2):").arg(site + 1).arg(m_rows.at(site).number));
    m_domains->setHorizontalHeaderLabels({tr("Domain"), tr("Registrar"), tr("Expires on")});
    m_domains->setAccessibleName(tr("Domains of the selected website"));
    m_addDomain->setText(tr("Add &domain"));
    m_removeDomain->setText(tr("Remove domain"));
    refreshProblems();
}

} // namespace icp
