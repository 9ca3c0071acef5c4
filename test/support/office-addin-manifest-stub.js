// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls in an
// ESM-only dependency chain that jest cannot load, so tests map it here (see docs/testing.md).
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
