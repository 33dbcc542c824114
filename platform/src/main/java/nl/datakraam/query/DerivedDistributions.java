// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.DistributionFormat;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.query.infra.DistributionWriters;
import nl.datakraam.query.infra.ParquetExport;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The files of a version's distributions. Ingest writes only {@code data.parquet} and registers the other formats
 * ({@link DistributionFormat#derived}) without size or checksum; each is written from the Parquet file on its first
 * download, once (concurrent downloads wait for it; {@link BlobStore#derived}), kept in the blob store next to the
 * Parquet file, and its size and SHA-256 are then recorded in the catalogue ({@link Catalog#distributionMade}). For
 * 5 million rows (577 MB) the CSV takes about 6 s (docs/benchmarks.md), which an import no longer spends.
 *
 * <p>Thread-safe.
 */
@Service
public class DerivedDistributions {

    private static final Logger log = LoggerFactory.getLogger(DerivedDistributions.class);

    private final BlobStore blobs;
    private final Catalog catalog;
    private final QuerySettings settings;

    DerivedDistributions(BlobStore blobs, Catalog catalog, QuerySettings settings) {
        this.blobs = blobs;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * A distribution's complete file with its size and SHA-256.
     *
     * @param path   the file
     * @param size   its length in bytes
     * @param sha256 its SHA-256, 64 lowercase hex digits
     */
    public record File(Path path, long size, String sha256) {
    }

    /**
     * The file of one of the current version's distributions, made from the Parquet file if it is not there yet.
     *
     * @param dataset      a dataset with a current version (its table name names the GeoPackage layer and the
     *                     XLSX sheet)
     * @param distribution one of that version's distributions
     * @return the complete file
     * @throws IOException when it cannot be written or read (nothing is left behind; the next call tries again)
     * @throws IllegalArgumentException when the format is not one of {@link DistributionFormat}
     * @throws PlatformException {@link ErrorCode#DATASET_HAS_NO_DATA} when the version's data was deleted
     *     ({@link #parquetOf})
     */
    public File file(Dataset dataset, Distribution distribution) throws IOException {
        DatasetVersion version = dataset.currentVersion();
        parquetOf(blobs, dataset, version);
        DistributionFormat format = DistributionFormat.of(distribution.format()).orElseThrow(
                () -> new IllegalArgumentException("unknown distribution format " + distribution.format()));
        Path path = format == DistributionFormat.PARQUET ? blobs.path(distribution.blobKey())
                : blobs.derived(distribution.blobKey(), temporary -> write(dataset, version, format, temporary));
        long size = Files.size(path);
        String sha256 = distribution.sha256();
        if (sha256 == null) {
            sha256 = BlobStore.sha256(path);
            catalog.distributionMade(distribution.blobKey(), size, sha256);
        }
        return new File(path, size, sha256);
    }

    /**
     * The Parquet file of a dataset's version, which every other form is made from.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_HAS_NO_DATA} when the version's data files were deleted at
     *     the end of its retention period (issue 9); its metadata stays
     */
    public static Path parquetOf(BlobStore blobs, Dataset dataset, DatasetVersion version) {
        Path parquet = blobs.path(version.distribution(DistributionFormat.PARQUET.code())
                .orElseThrow(() -> new IllegalArgumentException("version " + version.id() + " has no Parquet"))
                .blobKey());
        if (!Files.exists(parquet)) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "The data of version " + version.number() + " was deleted at the end of its retention period;"
                            + " a new version brings data back.",
                    Map.of("datasetId", dataset.id().toString(), "version", version.number()));
        }
        return parquet;
    }

    private void write(Dataset dataset, DatasetVersion version, DistributionFormat format, Path temporary)
            throws IOException {
        Path parquet = parquetOf(blobs, dataset, version);
        long started = System.nanoTime();
        try {
            DistributionWriters.write(format, parquet, version.schema().fields().stream().map(SchemaField::name)
                    .toList(), version.spatial(), dataset.tableName(), temporary, resources());
        } catch (SQLException e) {
            throw new IOException("Could not write " + format.fileName() + " of version " + version.id()
                    + " from " + parquet.getFileName(), e);
        }
        log.info("Wrote {} of version {} ({} bytes) from the Parquet file in {} ms", format.fileName(), version.id(),
                Files.size(temporary), (System.nanoTime() - started) / 1_000_000);
    }

    private ParquetExport.Resources resources() {
        return new ParquetExport.Resources(settings.memoryLimit().toMegabytes(), settings.threads());
    }
}
