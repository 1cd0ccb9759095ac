// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * The XMI helper of {@link CurriculumResourceSpec}: EMF's, except that dates in the form EMF writes them
 * ({@code 2023-11-14T22:13:20.000+0000}) are read directly instead of through {@code SimpleDateFormat},
 * which took an eighth of the time of loading a mapping file (one date per link).
 */
public class CurriculumXmiHelper extends XMIHelperImpl {

    /** The length of {@code yyyy-MM-ddTHH:mm:ss.SSS+hhmm}. */
    private static final int SAVED_DATE_LENGTH = 28;

    /** Before this year the calendar SimpleDateFormat uses is Julian, so such dates are left to EMF. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    public CurriculumXmiHelper(XMLResource resource) {
        super(resource);
    }

    @Override
    protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
        if (eDataType == EcorePackage.Literals.EDATE && value != null) {
            Date date = parseSavedDate(value);
            if (date != null) {
                return date;
            }
        }
        return super.createFromString(eFactory, eDataType, value);
    }

    /**
     * The date of a value in exactly the form EMF saves dates, or null for anything else (which EMF then
     * parses as it always has, leniently and in its other accepted forms).
     */
    static Date parseSavedDate(String value) {
        if (value.length() != SAVED_DATE_LENGTH || value.charAt(4) != '-' || value.charAt(7) != '-'
                || value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':'
                || value.charAt(19) != '.') {
            return null;
        }
        char sign = value.charAt(23);
        if (sign != '+' && sign != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        int millisecond = digits(value, 20, 3);
        int offsetHours = digits(value, 24, 2);
        int offsetMinutes = digits(value, 26, 2);
        if (year < FIRST_GREGORIAN_YEAR || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0
                || millisecond < 0 || offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59) {
            return null;
        }
        try {
            int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
            long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second)
                    .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds));
            return new Date(epochSecond * 1000 + millisecond);
        } catch (DateTimeException e) {
            // Out of range (month 13, minute 60, ...): SimpleDateFormat is lenient about these, so EMF decides.
            return null;
        }
    }

    /** The number written by {@code length} ASCII digits from {@code start}, or -1 if any is not a digit. */
    private static int digits(String value, int start, int length) {
        int number = 0;
        for (int i = start; i < start + length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
