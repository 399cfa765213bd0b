using System.Globalization;

namespace Sitrep.Read;

/// <summary>Sizes for error messages: "20 MB", "1.5 MB", "640 KB", "100 bytes".</summary>
public static class ByteSize
{
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    /// <summary>"the 20 MB limit for one document".</summary>
    public static string Limit(long limit) => $"the {Describe(limit)} limit for one document";
}
