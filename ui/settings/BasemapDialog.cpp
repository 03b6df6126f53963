#include "settings/BasemapDialog.h"

#include "ui_BasemapDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace yiping::ui {

BasemapDialog::BasemapDialog(const map::BasemapSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BasemapDialog>())
{
    m_ui->setupUi(this);
    m_ui->tileCrs->addItem(tr("WGS-84 (OpenStreetMap-style tiles)"), int(domain::Crs::Wgs84));
    m_ui->tileCrs->addItem(tr("GCJ-02 (tiles of Chinese map providers)"), int(domain::Crs::Gcj02));
    m_ui->tileCrs->setCurrentIndex(std::max(0, m_ui->tileCrs->findData(int(current.tileCrs))));
    m_ui->none->setChecked(current.kind == map::BasemapSettings::None);
    m_ui->folder->setChecked(current.kind == map::BasemapSettings::TileFolder);
    m_ui->server->setChecked(current.kind == map::BasemapSettings::TileServer);
    m_ui->folderPath->setText(current.folder);
    m_ui->serverUrl->setText(current.url);
    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_ui->none), static_cast<QAbstractButton *>(m_ui->folder),
          static_cast<QAbstractButton *>(m_ui->server)})
        connect(b, &QAbstractButton::toggled, this, &BasemapDialog::updateState);
    connect(m_ui->folderPath, &QLineEdit::textChanged, this, &BasemapDialog::updateState);
    connect(m_ui->serverUrl, &QLineEdit::textChanged, this, &BasemapDialog::updateState);
    connect(m_ui->browse, &QPushButton::clicked, this, &BasemapDialog::chooseFolder);
    updateState();
}

BasemapDialog::~BasemapDialog() = default;

map::BasemapSettings BasemapDialog::settings() const
{
    map::BasemapSettings s;
    s.kind = m_ui->folder->isChecked()   ? map::BasemapSettings::TileFolder
             : m_ui->server->isChecked() ? map::BasemapSettings::TileServer
                                         : map::BasemapSettings::None;
    s.folder = m_ui->folderPath->text().trimmed();
    s.url = m_ui->serverUrl->text().trimmed();
    s.tileCrs = domain::Crs(m_ui->tileCrs->currentData().toInt());
    return s;
}

void BasemapDialog::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Tile Folder"), m_ui->folderPath->text());
    if (!dir.isEmpty())
        m_ui->folderPath->setText(QDir::toNativeSeparators(dir));
}

// The OK button is only offered for a choice that can work; the reason is said, not guessed.
void BasemapDialog::updateState()
{
    m_ui->folderPath->setEnabled(m_ui->folder->isChecked());
    m_ui->browse->setEnabled(m_ui->folder->isChecked());
    m_ui->serverUrl->setEnabled(m_ui->server->isChecked());
    m_ui->tileCrs->setEnabled(!m_ui->none->isChecked());
    m_ui->tileCrsLabel->setEnabled(!m_ui->none->isChecked());
    QString problem;
    if (m_ui->folder->isChecked()) {
        const QString path = m_ui->folderPath->text().trimmed();
        if (path.isEmpty())
            problem = tr("Choose the folder that holds the tiles (z/x/y.png).");
        else if (!QDir(path).exists())
            problem = tr("The folder %1 does not exist.").arg(path);
    } else if (m_ui->server->isChecked()) {
        problem = tileServerProblem(m_ui->serverUrl->text().trimmed());
    }
    m_ui->problem->setText(problem);
    m_ui->problem->setVisible(!problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// The address is either the server's root (tiles at z/x/y.png under it) or a template
// with %z, %x and %y where the tile's numbers go.
QString BasemapDialog::tileServerProblem(const QString &address)
{
    if (address.isEmpty())
        return tr("Enter the tile server's http or https address.");
    QString filled = address;
    const bool placeholders = address.contains(QLatin1String("%z")) ||
                              address.contains(QLatin1String("%x")) ||
                              address.contains(QLatin1String("%y"));
    if (placeholders) {
        for (const char *p : {"%z", "%x", "%y"}) {
            if (!address.contains(QLatin1String(p)))
                return tr("A tile address template needs all of %z, %x and %y.");
            filled.replace(QLatin1String(p), QLatin1String("0"));
        }
    }
    const QUrl url(filled, QUrl::StrictMode);
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        return tr("The address must begin with http:// or https://.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 does not name a server (expected e.g. http://tiles.example.gov.cn/).")
            .arg(address);
    return {};
}

} // namespace yiping::ui
