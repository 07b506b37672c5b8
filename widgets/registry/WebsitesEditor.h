#pragma once

#include "domain/Licence.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace icp {

// The websites of a registry record (number, name, homepage URLs, PSB number, launched on)
// and, below, the domains of the selected website (name, registrar, expiry). Cells hold what
// was typed, so a half-typed date is reported (naming the row and column) instead of lost.
class WebsitesEditor : public QWidget
{
    Q_OBJECT

public:
    enum SiteColumn { NumberColumn, NameColumn, HomepagesColumn, PsbColumn, LaunchedColumn, SiteColumns };
    enum DomainColumn { DomainNameColumn, RegistrarColumn, DomainExpiresColumn, DomainColumns };

    explicit WebsitesEditor(QWidget* parent = nullptr);

    void setWebsites(const QList<RegisteredWebsite>& websites);
    QList<RegisteredWebsite> websites() const;
    // Translated messages naming the website / domain and the column; empty when all is well.
    QStringList problems() const;

    QTableWidget* sitesTable() const { return m_sites; }
    QTableWidget* domainsTable() const { return m_domains; }
    void addWebsite();
    void addDomain(); // to the selected website

    void retranslate();

Q_SIGNALS:
    void changed();

private:
    struct DomainRow
    {
        QString name, registrar, expires;
    };
    struct SiteRow
    {
        QString number, name, homepages, psb, launched;
        QList<DomainRow> domains;
    };

    void showSites();
    void showDomains();
    void siteEdited(int row, int column);
    void domainEdited(int row, int column);
    void removeWebsite();
    void removeDomain();
    void refreshProblems();
    int currentSite() const;

    QList<SiteRow> m_rows;
    bool m_filling = false;
    QLabel* m_sitesLabel = nullptr;
    QTableWidget* m_sites = nullptr;
    QPushButton* m_addSite = nullptr;
    QPushButton* m_removeSite = nullptr;
    QLabel* m_domainsLabel = nullptr;
    QTableWidget* m_domains = nullptr;
    QPushButton* m_addDomain = nullptr;
    QPushButton* m_removeDomain = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace icp
