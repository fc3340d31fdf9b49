using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BrandContent.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database.</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<BrandContentDb>
{
    public BrandContentDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BrandContentDb>().UseNpgsql("Host=localhost;Database=brandcontent").Options);
}
