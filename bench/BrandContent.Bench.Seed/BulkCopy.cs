using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace BrandContent.Bench.Seed;

/// <summary>
/// Writes entity objects with PostgreSQL's binary COPY: 100,000 stories are over a million variant rows, far beyond
/// what EF Core's change tracker inserts in reasonable time. The table, its columns and their value conversions
/// (enums stored as text) come from the EF model, so the copy follows the migrations without a column list here.
/// </summary>
public static class BulkCopy
{
    public static async Task<ulong> CopyAsync<T>(this BrandContentDb db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        // Store-generated columns (xmin row versions) are the database's own.
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate && p.GetColumnName(table) is not null)
            .Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetTypeMapping().Converter))
            .ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var copy = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        // The database computes generated columns (search vectors) while the copy completes: minutes at 100,000 stories.
        importer.Timeout = TimeSpan.FromMinutes(30);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValueUsingContainingEntity(row);
                if (value is not null && column.Converter is not null)
                {
                    value = column.Converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, cancellationToken);
                }
            }
        }

        return await importer.CompleteAsync(cancellationToken);
    }

    private sealed record Column(string Name, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);
}
