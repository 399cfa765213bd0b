using Sitrep.Documents;

namespace Sitrep.Extract;

/// <summary>The extract stage: a decoded page becomes a <see cref="Document"/> whose body is the article only.
/// Thread-safe; called concurrently for many documents.</summary>
public interface IPageExtractor
{
    Document Extract(DecodedPage page);
}
