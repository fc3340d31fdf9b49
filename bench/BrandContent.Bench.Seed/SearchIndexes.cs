using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Bench.Seed;

/// <summary>Sets the search indexes (AddSearch) aside while seeding, and builds them again from their own definitions.</summary>
public static class SearchIndexes
{
    public static async Task<List<string>> DropAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        var definitions = await db.Database
            .SqlQueryRaw<string>("""SELECT indexdef AS "Value" FROM pg_indexes WHERE indexname LIKE 'IX\_%\_SearchVector'""")
            .ToListAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """DO $$ DECLARE i text; BEGIN FOR i IN SELECT indexname FROM pg_indexes WHERE indexname LIKE 'IX\_%\_SearchVector' LOOP EXECUTE format('DROP INDEX %I', i); END LOOP; END $$""",
            cancellationToken);
        return definitions;
    }

    public static async Task CreateAsync(BrandContentDb db, IEnumerable<string> definitions, CancellationToken cancellationToken)
    {
        // One connection for the setting and the builds.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET maintenance_work_mem = '512MB'", cancellationToken);
        foreach (var definition in definitions)
        {
            await db.Database.ExecuteSqlRawAsync(definition, cancellationToken);
        }
    }
}
