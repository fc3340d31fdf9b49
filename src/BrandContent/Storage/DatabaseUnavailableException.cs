namespace BrandContent.Storage;

/// <summary>The machine cannot give the server a database (no PostgreSQL binaries, unusable data folder): said in one message.</summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message);
