#include "DashboardPage.h"

#include "DeadlineChart.h"
#include "ObligationTableModel.h"
#include "core/BeijingTime.h"
#include "validation/Province.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopeGuard>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr int kSearchDelayMs = 250; // typing settles before the query runs
constexpr int kChartMonths = 24;

const QList<ObligationKind> kKinds{ObligationKind::LicenceExpiry,   ObligationKind::LicenceRenewal,
                                   ObligationKind::AnnualReport,    ObligationKind::PsbFiling,
                                   ObligationKind::DomainExpiry,    ObligationKind::IdExpiry,
                                   ObligationKind::SmsVerification, ObligationKind::AuthorityReview};
const QList<ObligationState> kStates{ObligationState::Upcoming, ObligationState::DueSoon,
                                     ObligationState::Overdue, ObligationState::Missed};

const QList<std::pair<DashboardPage::Tile, QString>> kTileNames{
    {DashboardPage::Tile::ActiveFilings, u"activeFilings"_s},
    {DashboardPage::Tile::ActiveLicences, u"activeLicences"_s},
    {DashboardPage::Tile::Expiring30, u"expiring30"_s},
    {DashboardPage::Tile::Expiring60, u"expiring60"_s},
    {DashboardPage::Tile::Expiring90, u"expiring90"_s},
    {DashboardPage::Tile::Overdue, u"overdue"_s},
    {DashboardPage::Tile::Missed, u"missed"_s},
    {DashboardPage::Tile::InReview, u"inReview"_s},
};

// Refills a filter combo with `values`, keeping the chosen value when it is still there.
template <typename T>
void refill(QComboBox* combo, const QList<T>& values, const std::function<QString(const T&)>& text)
{
    const QVariant chosen = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const T& v : values)
        combo->addItem(text(v), QVariant::fromValue(v));
    const int at = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(qMax(0, at));
}

QComboBox* makeCombo(QWidget* parent, const QString& name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->addItem(QString()); // "All …", no data
    return combo;
}

} // namespace

DashboardPage::DashboardPage(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new ObligationTableModel(this))
{
    setObjectName(u"dashboardPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    layout->addWidget(createTiles());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new DeadlineChart(splitter);
    splitter->addWidget(m_chart);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(createFilters());
    m_table = new QTableView(lower);
    m_table->setObjectName(u"obligationsTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ObligationTableModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed widths: ResizeToContents would measure every row read, on every page.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    lowerLayout->addWidget(m_table, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    // Marking done from the table (docs/obligations.md "Marking done"): the main window asks for
    // the day, note, evidence and decision (MarkDoneDialog) and records it.
    m_markDone = new QAction(this);
    m_markDone->setObjectName(u"markDoneAction"_s);
    m_markDone->setEnabled(false);
    m_table->addAction(m_markDone);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_markDone->setEnabled(selectedObligation().has_value()); });
    connect(m_markDone, &QAction::triggered, this, [this] {
        if (const std::optional<Obligation> o = selectedObligation())
            Q_EMIT markDoneRequested(*o);
    });
    connect(m_chart, &DeadlineChart::monthClicked, this, &DashboardPage::setMonth);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = index.data(ObligationTableModel::RecordIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT recordRequested(id);
    });
    retranslateUi();
}

DashboardPage::~DashboardPage()
{
    m_model->setQuery(nullptr); // the query goes first
}

QWidget* DashboardPage::createTiles()
{
    auto* tiles = new QWidget(this);
    auto* grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 8, 0, 8);
    int column = 0;
    for (const auto& [tile, name] : kTileNames) {
        auto* frame = new QFrame(tiles);
        frame->setObjectName(name + u"Tile"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(frame);
        auto* value = new QLabel(u"0"_s, frame);
        value->setObjectName(name + u"TileValue"_s);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        auto* caption = new QLabel(frame);
        caption->setObjectName(name + u"TileCaption"_s);
        caption->setWordWrap(true);
        box->addWidget(value);
        box->addWidget(caption);
        if (tile == Tile::Overdue || tile == Tile::Missed) {
            QPalette p = value->palette();
            p.setColor(QPalette::WindowText,
                       tile == Tile::Missed ? QColor(Qt::darkRed) : QColor(0xb3, 0x59, 0x00));
            value->setPalette(p);
        }
        m_tileValues.insert(tile, value);
        m_tileCaptions.insert(tile, caption);
        grid->addWidget(frame, 0, column++);
    }
    return tiles;
}

QWidget* DashboardPage::createFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_entity = makeCombo(bar, u"entityFilter"_s);
    m_province = makeCombo(bar, u"provinceFilter"_s);
    m_provider = makeCombo(bar, u"providerFilter"_s);
    m_kind = makeCombo(bar, u"kindFilter"_s);
    for (const ObligationKind kind : kKinds)
        m_kind->addItem(QString(), toKey(kind));
    m_owner = makeCombo(bar, u"ownerFilter"_s);
    m_state = makeCombo(bar, u"stateFilter"_s);
    for (const ObligationState state : kStates)
        m_state->addItem(QString(), toKey(state));
    for (QComboBox* combo : {m_entity, m_province, m_provider, m_kind, m_owner, m_state}) {
        row->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    }
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"obligationSearch"_s);
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 1);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DashboardPage::applyFilter);
    m_monthLabel = new QLabel(bar);
    m_monthLabel->setObjectName(u"monthFilterLabel"_s);
    row->addWidget(m_monthLabel);
    m_clearMonth = new QToolButton(bar);
    m_clearMonth->setObjectName(u"clearMonthButton"_s);
    m_clearMonth->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    connect(m_clearMonth, &QToolButton::clicked, this, [this] { setMonth({}); });
    row->addWidget(m_clearMonth);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(u"obligationCountLabel"_s);
    row->addWidget(m_countLabel);
    m_monthLabel->hide();
    m_clearMonth->hide();
    return bar;
}

void DashboardPage::setNow(const QDateTime& now)
{
    m_fixedNow = now;
}

Status DashboardPage::refresh()
{
    m_model->setQuery(nullptr); // it reads from the query replaced here
    m_query = std::make_unique<ObligationQuery>(
        m_database, m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc());
    m_status = success();
    if (Status done = refreshCounts(); !done)
        m_status = done;
    if (Status done = refreshFilterValues(); !done && m_status)
        m_status = done;
    m_model->setFilter(filter());
    m_model->setQuery(m_query.get());
    if (!m_model->lastStatus() && m_status)
        m_status = m_model->lastStatus();
    m_summaries.clear();
    if (Status done = refreshChartAndCount(); !done && m_status)
        m_status = done;
    retranslateUi();
    return m_status;
}

Status DashboardPage::refreshCounts()
{
    const Result<PortfolioCounts> counts = m_query->counts();
    if (!counts)
        return counts.error();
    m_counts = counts.value();
    const QLocale locale;
    const QHash<Tile, int> values{
        {Tile::ActiveFilings, m_counts.activeFilings},
        {Tile::ActiveLicences, m_counts.activeLicences},
        {Tile::Expiring30, m_counts.expiringIn30},
        {Tile::Expiring60, m_counts.expiringIn60},
        {Tile::Expiring90, m_counts.expiringIn90},
        {Tile::Overdue, m_counts.overdue},
        {Tile::Missed, m_counts.missed},
        {Tile::InReview, m_counts.applicationsInReview},
    };
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_tileValues.value(it.key())->setText(locale.toString(it.value()));
    return success();
}

Status DashboardPage::refreshChartAndCount()
{
    ObligationFilter f = filter();
    const QDate from = f.dueFrom;
    const QDate to = f.dueTo;
    f.dueFrom = {};
    f.dueTo = {};
    const QString key =
        QStringList{f.entity,          f.provinceCode ? QString::number(*f.provinceCode) : QString(),
                    f.provider,        f.kind ? toKey(*f.kind) : QString(),
                    f.owner,           f.state ? toKey(*f.state) : QString(),
                    f.search.trimmed()}
            .join(QChar(0x1f));
    auto cached = m_summaries.constFind(key);
    if (cached == m_summaries.constEnd()) {
        int matching = 0;
        const Result<QList<MonthCount>> months = m_query->perMonth(f, kChartMonths, &matching);
        if (!months)
            return months.error();
        cached = m_summaries.insert(key, {months.value(), matching});
    }
    m_chart->setMonths(cached->first);
    m_matching = cached->second;
    if (from.isValid()) {
        // A month chosen on the chart: the table, and its count, are that month's.
        f.dueFrom = from;
        f.dueTo = to;
        const Result<int> inMonth = m_query->count(f);
        if (!inMonth)
            return inMonth.error();
        m_matching = inMonth.value();
    }
    return success();
}

Status DashboardPage::refreshFilterValues()
{
    m_filling = true;
    const auto restore = qScopeGuard([this] { m_filling = false; });
    const std::function<QString(const QString&)> same = [](const QString& s) {
        return s;
    };
    for (const auto& [combo, values] :
         {std::pair{m_entity, m_query->entities()}, std::pair{m_provider, m_query->providers()},
          std::pair{m_owner, m_query->owners()}}) {
        if (!values)
            return values.error();
        refill<QString>(combo, values.value(), same);
    }
    const Result<QList<int>> provinces = m_query->provinceCodes();
    if (!provinces)
        return provinces.error();
    refill<int>(m_province, provinces.value(), [](const int& code) {
        const Province* p = Provinces::byCode(code);
        return p ? p->displayName() : QString::number(code);
    });
    return success();
}

ObligationFilter DashboardPage::filter() const
{
    ObligationFilter f;
    f.entity = m_entity->currentData().toString();
    if (const QVariant code = m_province->currentData(); code.isValid())
        f.provinceCode = code.toInt();
    f.provider = m_provider->currentData().toString();
    for (const ObligationKind kind : kKinds)
        if (toKey(kind) == m_kind->currentData().toString())
            f.kind = kind;
    f.owner = m_owner->currentData().toString();
    for (const ObligationState state : kStates)
        if (toKey(state) == m_state->currentData().toString())
            f.state = state;
    f.search = m_search->text();
    if (m_month.isValid()) {
        f.dueFrom = m_month;
        f.dueTo = m_month.addMonths(1).addDays(-1);
    }
    return f;
}

void DashboardPage::setMonth(const QDate& month)
{
    m_month = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    applyFilter();
}

void DashboardPage::applyFilter()
{
    if (!m_query)
        return;
    m_searchDelay->stop();
    const ObligationFilter f = filter();
    m_model->setFilter(f);
    m_status = m_model->lastStatus();
    // The chart follows the filters, not the month chosen on it.
    if (Status done = refreshChartAndCount(); !done && m_status)
        m_status = done;
    m_table->scrollToTop();
    retranslateUi();
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_chart->retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

std::optional<Obligation> DashboardPage::selectedObligation() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const ObligationRow& r = m_model->row(rows.constFirst().row());
    Obligation o;
    o.id = r.id;
    o.kind = r.kind;
    o.subject = r.subject;
    o.entityName = r.entity;
    o.provinceCode = r.provinceCode;
    o.provider = r.provider;
    o.owner = r.owner;
    o.recordId = r.recordId;
    o.dueOn = r.dueOn;
    o.dueAt = r.dueAt;
    o.state = r.state;
    o.rule = r.rule;
    o.title = r.title;
    o.note = r.note;
    return o;
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    m_markDone->setText(tr("Mark done…"));
    const QHash<Tile, QString> captions{
        {Tile::ActiveFilings, tr("Filings in force")},
        {Tile::ActiveLicences, tr("Licences in force")},
        {Tile::Expiring30, tr("Expiring within 30 days")},
        {Tile::Expiring60, tr("Expiring within 60 days")},
        {Tile::Expiring90, tr("Expiring within 90 days")},
        {Tile::Overdue, tr("Overdue obligations")},
        {Tile::Missed, tr("Missed (no longer possible)")},
        {Tile::InReview,
         m_counts.applicationsInReview > 0
             ? tr("Applications in review, the oldest for %n day(s)", nullptr, m_counts.oldestReviewDays)
             : tr("Applications in review")},
    };
    for (auto it = captions.constBegin(); it != captions.constEnd(); ++it)
        m_tileCaptions.value(it.key())->setText(it.value());
    m_entity->setItemText(0, tr("All entities"));
    m_province->setItemText(0, tr("All provinces"));
    m_provider->setItemText(0, tr("All providers"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 0; i < kKinds.size(); ++i)
        m_kind->setItemText(i + 1, displayName(kKinds.at(i)));
    m_owner->setItemText(0, tr("All owners"));
    m_state->setItemText(0, tr("Any state"));
    for (int i = 0; i < kStates.size(); ++i)
        m_state->setItemText(i + 1, displayName(kStates.at(i)));
    m_entity->setAccessibleName(tr("Entity"));
    m_province->setAccessibleName(tr("Province"));
    m_provider->setAccessibleName(tr("Access provider"));
    m_kind->setAccessibleName(tr("Kind of obligation"));
    m_owner->setAccessibleName(tr("Owner"));
    m_state->setAccessibleName(tr("State"));
    m_search->setPlaceholderText(tr("Search numbers, entities and titles"));
    m_search->setAccessibleName(tr("Search"));
    m_table->setAccessibleName(tr("Obligations"));
    m_monthLabel->setVisible(m_month.isValid());
    m_clearMonth->setVisible(m_month.isValid());
    if (m_month.isValid())
        m_monthLabel->setText(tr("Due in %1").arg(QLocale().toString(m_month, u"MMMM yyyy"_s)));
    m_clearMonth->setToolTip(tr("Show every month"));
    m_clearMonth->setAccessibleName(tr("Show every month"));
    if (!m_status)
        m_countLabel->setText(tr("The obligations could not be read: %1").arg(m_status.error().message));
    else
        m_countLabel->setText(tr("%n obligation(s)", nullptr, m_matching));
}

} // namespace icp
