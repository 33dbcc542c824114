// SPDX-License-Identifier: EUPL-1.2
/**
 * Spring-free engine for the quality of a dataset version's data: {@link nl.datakraam.lib.profiling.Profiler}
 * computes a {@link nl.datakraam.lib.profiling.Profile} (statistics per field) of a Parquet file,
 * {@link nl.datakraam.lib.profiling.Checks} tests the same file and returns a
 * {@link nl.datakraam.lib.profiling.CheckResult} per check and field, and
 * {@link nl.datakraam.lib.profiling.QualitySummary} condenses both. All work is SQL run by an in-memory DuckDB
 * over the file in place (used through {@code java.sql} only); nothing is written. Results are records that
 * serialise to JSON as they are.
 *
 * <h2>Which checks apply to a field</h2>
 * Decided from the field's name and its profile alone. Names are folded first: accents dropped, lowercase, split into
 * words at every other character and also joined into one word ({@code 92.10 Gemeentecode} → joined
 * {@code 9210gemeentecode}).
 * <ol>
 *   <li><b>Code domain</b> (at most one per field; the first rule that matches wins), for string fields and, where
 *       said, number fields:
 *     <ol>
 *       <li>{@code bsn}: the word {@code bsn}, a joined name starting with {@code bsn}, or containing
 *           {@code burgerservicenummer} (strings and integers);</li>
 *       <li>{@code pc4}: the word {@code pc4}; {@code postcode} (PC6) or {@code pc4}: a name containing
 *           {@code postcode}, {@code postalcode}, {@code zipcode} or the word {@code pc6} — {@code pc4} when the field
 *           is a number or at least half of its values have the pattern {@code 9999} (strings and numbers);</li>
 *       <li>{@code gemeentecode}: containing {@code gemeentecode}, {@code municipalitycode}, {@code gmcode} or
 *           {@code gemcode} (strings and integers);</li>
 *       <li>strings only: {@code iban} (containing {@code iban}); {@code provinciecode} ({@code provinciecode},
 *           {@code provincecode}, {@code pvcode}); {@code wijkcode} ({@code wijkcode}, {@code districtcode});
 *           {@code buurtcode} ({@code buurtcode}, {@code neighbourhoodcode}, {@code neighborhoodcode});</li>
 *       <li>a string field whose name says none of these, by its values: at least 90% of the values counted in its
 *           patterns have the pattern {@code 9999AA} or {@code 9999 AA} ({@code postcode}); {@code AA9999} and all
 *           top values start with {@code GM} ({@code gemeentecode}); {@code AA99} and {@code PV}
 *           ({@code provinciecode}); {@code AA999999} and {@code WK} ({@code wijkcode}); {@code AA99999999} and
 *           {@code BU} ({@code buurtcode}); without spaces, {@code AA99} followed by 11 to 30 letters or digits
 *           ({@code iban}). A BSN is never recognised by its values alone.</li>
 *     </ol></li>
 *   <li><b>Coordinates</b>: number fields named as {@code libs/geo} recognises them — words {@code x},
 *       {@code xcoord}, {@code rdx}, {@code easting} … with {@code y}, {@code ycoord}, {@code rdy}, {@code northing}
 *       … (RD New, unless both medians lie within ±180 and ±90, then WGS 84), and {@code lon}, {@code lng},
 *       {@code long}, {@code longitude}, {@code lengtegraad} with {@code lat}, {@code latitude},
 *       {@code breedtegraad} (WGS 84); the first x with the first y, and so on.</li>
 *   <li><b>Geometry validity</b> ({@code geometry-valid}): every geometry field with a value, from its profile.</li>
 *   <li><b>Key uniqueness</b>: a string or number field named {@code id}, {@code …_id} or {@code …code} (not a
 *       postcode) of which at least half of the values are distinct. A key-named field whose values mostly repeat is
 *       a reference to another table (a gemeentecode in a time series), so repeats are expected there.</li>
 *   <li><b>Sentinels</b>: every number field; listed only where a marker is found.</li>
 *   <li><b>Empty field</b>: every field without any value in a file with rows; listed only for those.</li>
 *   <li><b>Duplicate rows</b>: every file with rows.</li>
 * </ol>
 * Type conformance is not checked here: ingest has already converted every value to its field's type.
 */
@NullMarked
package nl.datakraam.lib.profiling;

import org.jspecify.annotations.NullMarked;
