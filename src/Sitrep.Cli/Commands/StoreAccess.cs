using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>Opens an existing store for a read verb and turns store problems into one clear message.</summary>
public static class StoreAccess
{
    public static int With(string path, Func<SqliteStore, int> action)
    {
        try
        {
            using var store = SqliteStore.OpenExisting(path);
            return action(store);
        }
        catch (StoreNotFoundException ex) { Console.Error.WriteLine($"sitrep: {ex.Message}"); return ExitCodes.Usage; }
        catch (AmbiguousIdException ex) { Console.Error.WriteLine($"sitrep: {ex.Message}"); return ExitCodes.Usage; }
        catch (Microsoft.Data.Sqlite.SqliteException ex) { Console.Error.WriteLine($"sitrep: store {path}: {ex.Message}"); return ExitCodes.Failure; }
    }
}
