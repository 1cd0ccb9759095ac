/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Guidance Section Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage#getGuidanceSectionKind()
 * @model
 * @generated
 */
public enum GuidanceSectionKind implements Enumerator {
	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "other", "other"),

	/**
	 * The '<em><b>Synopsis</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNOPSIS_VALUE
	 * @generated
	 * @ordered
	 */
	SYNOPSIS(1, "synopsis", "synopsis"),

	/**
	 * The '<em><b>Key Concepts</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_CONCEPTS_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_CONCEPTS(2, "keyConcepts", "key concepts"),

	/**
	 * The '<em><b>Exam Tips</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXAM_TIPS_VALUE
	 * @generated
	 * @ordered
	 */
	EXAM_TIPS(3, "examTips", "exam tips"),

	/**
	 * The '<em><b>Misconceptions</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISCONCEPTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	MISCONCEPTIONS(4, "misconceptions", "misconceptions"),

	/**
	 * The '<em><b>Marking Points</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKING_POINTS_VALUE
	 * @generated
	 * @ordered
	 */
	MARKING_POINTS(5, "markingPoints", "marking points");

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>Synopsis</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNOPSIS
	 * @model name="synopsis"
	 * @generated
	 * @ordered
	 */
	public static final int SYNOPSIS_VALUE = 1;

	/**
	 * The '<em><b>Key Concepts</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_CONCEPTS
	 * @model name="keyConcepts" literal="key concepts"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_CONCEPTS_VALUE = 2;

	/**
	 * The '<em><b>Exam Tips</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXAM_TIPS
	 * @model name="examTips" literal="exam tips"
	 * @generated
	 * @ordered
	 */
	public static final int EXAM_TIPS_VALUE = 3;

	/**
	 * The '<em><b>Misconceptions</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISCONCEPTIONS
	 * @model name="misconceptions"
	 * @generated
	 * @ordered
	 */
	public static final int MISCONCEPTIONS_VALUE = 4;

	/**
	 * The '<em><b>Marking Points</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKING_POINTS
	 * @model name="markingPoints" literal="marking points"
	 * @generated
	 * @ordered
	 */
	public static final int MARKING_POINTS_VALUE = 5;

	/**
	 * An array of all the '<em><b>Guidance Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GuidanceSectionKind[] VALUES_ARRAY =
		new GuidanceSectionKind[] {
			OTHER,
			SYNOPSIS,
			KEY_CONCEPTS,
			EXAM_TIPS,
			MISCONCEPTIONS,
			MARKING_POINTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Guidance Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GuidanceSectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Guidance Section Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceSectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuidanceSectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guidance Section Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceSectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuidanceSectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guidance Section Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceSectionKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case SYNOPSIS_VALUE: return SYNOPSIS;
			case KEY_CONCEPTS_VALUE: return KEY_CONCEPTS;
			case EXAM_TIPS_VALUE: return EXAM_TIPS;
			case MISCONCEPTIONS_VALUE: return MISCONCEPTIONS;
			case MARKING_POINTS_VALUE: return MARKING_POINTS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private GuidanceSectionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //GuidanceSectionKind
