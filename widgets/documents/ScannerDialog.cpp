#include "ScannerDialog.h"

#include "DialogProvider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <sane/saneopts.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// SANE's standard mode and source values (saneopts.h) in the user's language; a
// backend's own values are shown as the backend names them. The SANE value stays the
// item's data.
QString displayValue(const QString& value)
{
    if (value == QLatin1String(SANE_VALUE_SCAN_MODE_COLOR))
        return ScannerDialog::tr("Colour");
    if (value == QLatin1String(SANE_VALUE_SCAN_MODE_GRAY))
        return ScannerDialog::tr("Greyscale");
    if (value == QLatin1String(SANE_VALUE_SCAN_MODE_LINEART))
        return ScannerDialog::tr("Black and white");
    if (value == QLatin1String("Flatbed"))
        return ScannerDialog::tr("Flatbed");
    if (value == QLatin1String("Automatic Document Feeder") || value == QLatin1String("ADF"))
        return ScannerDialog::tr("Document feeder");
    return value;
}

void fillValues(QComboBox* combo, const QStringList& values)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const QString& value : values)
        combo->addItem(displayValue(value), value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QStringList valuesOf(const QComboBox* combo)
{
    QStringList values;
    for (int i = 0; i < combo->count(); ++i)
        values << combo->itemData(i).toString();
    return values;
}

} // namespace

ScannerDialog::ScannerDialog(DialogProvider& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
{
    setObjectName(u"scannerDialog"_s);
    m_device = new QComboBox(this);
    m_device->setObjectName(u"scannerDeviceCombo"_s);
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(u"scannerResolutionCombo"_s);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"scannerModeCombo"_s);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"scannerSourceCombo"_s);
    m_allPages = new QCheckBox(this);
    m_allPages->setObjectName(u"scannerAllPagesCheck"_s);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"scannerFormatCombo"_s);
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"scannedPageList"_s);
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setFlow(QListView::TopToBottom);
    m_pageList->setWrapping(false);
    m_pageList->setMovement(QListView::Static);
    m_pageList->setIconSize(QSize(96, 128));
    m_pageList->setFixedWidth(136);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"scanPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMinimumSize(240, 240);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"scanProgress"_s);
    m_progress->setRange(0, 100);
    m_status = new QLabel(this);
    m_status->setObjectName(u"scanStatus"_s);
    m_status->setWordWrap(true);
    m_scan = new QPushButton(this);
    m_scan->setObjectName(u"scanPageButton"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelScanButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveScanButton"_s);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"clearScanButton"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeScannerButton"_s);
    m_deviceLabel = new QLabel(this);
    m_resolutionLabel = new QLabel(this);
    m_modeLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);
    m_formatLabel = new QLabel(this);
    m_deviceLabel->setBuddy(m_device);
    m_resolutionLabel->setBuddy(m_resolution);
    m_modeLabel->setBuddy(m_mode);
    m_sourceLabel->setBuddy(m_source);
    m_formatLabel->setBuddy(m_format);

    auto* form = new QFormLayout;
    form->addRow(m_deviceLabel, m_device);
    form->addRow(m_resolutionLabel, m_resolution);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(QString(), m_allPages);
    form->addRow(m_formatLabel, m_format);
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan);
    scanRow->addWidget(m_progress, 1);
    scanRow->addWidget(m_cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(scanRow);
    layout->addWidget(m_status);
    auto* pagesRow = new QHBoxLayout;
    pagesRow->addWidget(m_pageList);
    pagesRow->addWidget(m_preview, 1);
    layout->addLayout(pagesRow, 1);
    layout->addLayout(buttons);

    connect(m_scan, &QPushButton::clicked, this, &ScannerDialog::scan);
    connect(m_cancel, &QPushButton::clicked, this, &ScannerDialog::cancelScan);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_pages.clear();
        m_pageList->clear();
        showPreview();
        setState(m_device->count() > 0 ? State::Ready : State::NoScanner);
    });
    connect(m_pageList, &QListWidget::currentRowChanged, this, &ScannerDialog::showPreview);
    connect(m_close, &QPushButton::clicked, this, &ScannerDialog::reject);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScannerDialog::loadCapabilities);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ScannerDialog::updateControls);
    retranslate();
    resize(760, 680);
    refreshDevices();
}

// The jobs cancel their tasks: a scan still running stops the device on its own.
ScannerDialog::~ScannerDialog() = default;

void ScannerDialog::retranslate()
{
    setWindowTitle(tr("Scan a document"));
    const auto name = [](QWidget* w, const QString& text, const QString& description) {
        w->setAccessibleName(text);
        w->setAccessibleDescription(description);
    };
    m_deviceLabel->setText(tr("&Scanner:"));
    m_resolutionLabel->setText(tr("&Resolution:"));
    m_modeLabel->setText(tr("&Colour mode:"));
    m_sourceLabel->setText(tr("S&ource:"));
    m_formatLabel->setText(tr("Save &as:"));
    name(m_device, tr("Scanner"), tr("The scanner to use."));
    name(m_resolution, tr("Resolution"),
         tr("Dots per inch; 300 is right for identity documents and licences."));
    name(m_mode, tr("Colour mode"), tr("Scan originals in colour: providers reject black-and-white copies."));
    name(m_source, tr("Source"), tr("Flatbed glass or document feeder."));
    m_allPages->setText(tr("Scan every page in the feeder"));
    name(m_allPages, tr("Scan every page in the feeder"),
         tr("Keep scanning until the document feeder is empty."));
    name(m_format, tr("File format"), tr("PDF keeps every page in one file; PNG keeps the first page."));
    name(m_pageList, tr("Scanned pages"), tr("The pages scanned so far."));
    name(m_preview, tr("Page preview"), tr("The selected scanned page."));
    name(m_progress, tr("Scan progress"), tr("How much of the page has been scanned."));
    m_scan->setText(tr("Scan &page"));
    name(m_scan, tr("Scan page"), tr("Scan a page and add it to the document."));
    m_cancel->setText(tr("Cancel scan"));
    name(m_cancel, tr("Cancel scan"), tr("Stop the scan in progress."));
    m_save->setText(tr("Save and &attach"));
    name(m_save, tr("Save and attach"), tr("Save the scanned pages and attach them to the checklist line."));
    m_clear->setText(tr("Start &over"));
    name(m_clear, tr("Start over"), tr("Discard the scanned pages."));
    m_close->setText(tr("Close"));
    name(m_close, tr("Close"), tr("Close without attaching."));
    const int format = m_format->currentIndex();
    m_format->clear();
    m_format->addItem(tr("PDF (all pages)"), u"pdf"_s);
    m_format->addItem(tr("PNG (first page)"), u"png"_s);
    m_format->setCurrentIndex(std::max(0, format));
    fillValues(m_mode, valuesOf(m_mode));
    fillValues(m_source, valuesOf(m_source));
    setState(m_state); // the status line in the new language
    showPreview();
}

void ScannerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScannerDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

void ScannerDialog::setState(State state, const QString& message)
{
    const bool changed = state != m_state;
    m_state = state;
    QString text = message;
    if (text.isEmpty()) {
        switch (state) {
        case State::Listing:
            text = tr("Looking for scanners…");
            break;
        case State::NoScanner:
            text = tr("No scanner was found. Connect one and try again.");
            break;
        case State::LoadingOptions:
            text = tr("Reading the scanner's options…");
            break;
        case State::Ready:
            text = tr("Place the document on the scanner and choose Scan page.");
            break;
        case State::Scanning:
            text = tr("Scanning…");
            break;
        case State::Cancelled:
            text = tr("Scanning was cancelled.");
            break;
        case State::Scanned:
            text = tr("Pages scanned: %1.").arg(QLocale().toString(m_pages.size()));
            break;
        case State::Failed:
            break; // the message says why
        }
    }
    if (!message.isEmpty() || state != State::Failed)
        m_status->setText(text);
    updateControls();
    if (changed)
        Q_EMIT stateChanged(state);
}

void ScannerDialog::refreshDevices()
{
    m_listTask.start([](const TaskControl*) { return Scanner::devices(); },
                     [this](const Result<QList<ScannerDevice>>& listed) { showDevices(listed); });
    m_announceListing = true;
    setState(State::Listing);
}

bool ScannerDialog::isBusy() const
{
    return m_listTask.running() || m_capsTask.running() || m_scanTask.running();
}

ScanSettings ScannerDialog::settings() const
{
    ScanSettings s;
    s.device = m_device->currentData().toString();
    s.resolution = m_resolution->currentData().toInt() > 0 ? m_resolution->currentData().toInt() : 300;
    s.mode = m_mode->currentData().toString();
    s.source = m_source->currentData().toString();
    s.allPages = m_allPages->isChecked() && m_allPages->isEnabled();
    s.extraOptions = m_extraOptions;
    return s;
}

void ScannerDialog::loadCapabilities()
{
    const QString device = m_device->currentData().toString();
    m_resolution->clear();
    m_mode->clear();
    m_source->clear();
    if (device.isEmpty()) {
        m_capsTask.cancel();
        return;
    }
    // Opening a device can wait for a cancelled scan that is still stopping: off the UI
    // thread like every SANE call.
    m_capsTask.start([device](const TaskControl*) { return Scanner::capabilities(device); },
                     [this](const Result<ScannerCapabilities>& caps) {
                         showCapabilities(caps);
                         if (m_announceListing) {
                             m_announceListing = false;
                             Q_EMIT devicesListed(m_device->count());
                         }
                         updateControls();
                     });
    setState(State::LoadingOptions);
}

void ScannerDialog::showCapabilities(const Result<ScannerCapabilities>& caps)
{
    if (!caps) {
        setState(State::Failed, caps.error().message);
        return;
    }
    for (int dpi : caps->resolutions)
        m_resolution->addItem(tr("%1 dpi").arg(QLocale().toString(dpi)), dpi);
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(300)));
    fillValues(m_mode, caps->modes);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(QString::fromUtf8(SANE_VALUE_SCAN_MODE_COLOR))));
    fillValues(m_source, caps->sources);
    setState(m_pages.isEmpty() ? State::Ready : State::Scanned);
}

void ScannerDialog::showPreview()
{
    if (!m_preview)
        return;
    const int row = m_pageList->currentRow();
    if (row < 0 || row >= m_pages.size()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("The scanned page appears here."));
        return;
    }
    const QSize room = m_preview->contentsRect().size() - QSize(8, 8);
    m_preview->setPixmap(QPixmap::fromImage(m_pages.at(row).scaled(
        room.expandedTo(QSize(16, 16)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ScannerDialog::scan()
{
    if (isBusy() || m_device->currentData().toString().isEmpty())
        return;
    const ScanSettings s = settings();
    m_pagesDpi = s.resolution;
    m_progress->setValue(0);
    m_scanTask.start([s](const TaskControl* control) { return Scanner::scan(s, control); },
                     [this](const Result<QList<QImage>>& scanned) { showScan(scanned); },
                     [this](int percent) { m_progress->setValue(percent); });
    setState(State::Scanning);
}

void ScannerDialog::cancelScan()
{
    if (!m_scanTask.running())
        return;
    // The dialog forgets the task now; the worker sees the flag, stops the device and
    // its result goes nowhere (BackgroundJob, docs/documents.md "Background work").
    m_scanTask.cancel();
    m_progress->setValue(0);
    setState(State::Cancelled);
}

void ScannerDialog::showDevices(const Result<QList<ScannerDevice>>& listed)
{
    m_device->blockSignals(true);
    m_device->clear();
    if (listed.ok()) {
        for (const ScannerDevice& d : listed.value())
            m_device->addItem(d.displayName(), d.name);
    }
    m_device->blockSignals(false);
    if (!listed.ok())
        setState(State::Failed, listed.error().message);
    else if (m_device->count() == 0)
        setState(State::NoScanner);
    loadCapabilities();
    if (m_device->count() == 0 && m_announceListing) {
        m_announceListing = false;
        Q_EMIT devicesListed(0);
    }
    updateControls();
}

void ScannerDialog::showScan(const Result<QList<QImage>>& scanned)
{
    if (scanned.ok()) {
        for (const QImage& page : scanned.value()) {
            m_pages.append(page);
            auto* item =
                new QListWidgetItem(QIcon(QPixmap::fromImage(
                                        page.scaled(96, 128, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
                                    tr("Page %1").arg(QLocale().toString(m_pages.size())), m_pageList);
            Q_UNUSED(item)
        }
        m_pageList->setCurrentRow(int(m_pages.size()) - 1);
        m_progress->setValue(100);
        setState(State::Scanned);
        Q_EMIT pageScanned(int(m_pages.size()));
    } else {
        m_progress->setValue(0);
        setState(State::Failed, scanned.error().message);
        Q_EMIT scanFailed(scanned.error().message);
    }
    updateControls();
}

bool ScannerDialog::save()
{
    if (m_pages.isEmpty() || !m_dir.isValid())
        return false;
    const bool pdf = m_format->currentData().toString() == QLatin1String("pdf");
    const QString path = m_dir.filePath(pdf ? u"scan.pdf"_s : u"scan.png"_s);
    const Status written = pdf ? writeScanAsPdf(m_pages, m_pagesDpi, path)
                               : writeScanAsPng(m_pages.constFirst(), m_pagesDpi, path);
    if (!written) {
        m_dialogs.warn(this, windowTitle(), written.error().message);
        return false;
    }
    m_savedPath = path;
    Q_EMIT saved(path);
    return true;
}

void ScannerDialog::updateControls()
{
    const bool scanning = m_scanTask.running();
    const bool hasDevice = !m_device->currentData().toString().isEmpty();
    m_scan->setEnabled(hasDevice && !isBusy());
    m_cancel->setEnabled(scanning);
    m_save->setEnabled(!m_pages.isEmpty() && !isBusy());
    m_clear->setEnabled(!m_pages.isEmpty() && !isBusy());
    for (QWidget* w : std::initializer_list<QWidget*>{m_device, m_resolution, m_mode, m_source})
        w->setEnabled(!isBusy());
    const QString source = m_source->currentData().toString();
    m_allPages->setEnabled(!isBusy() && (source.contains(QLatin1String("Feeder"), Qt::CaseInsensitive) ||
                                         source == QLatin1String("ADF")));
}

} // namespace icp
