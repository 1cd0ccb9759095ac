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
 * A representation of the literals of the enumeration '<em><b>Guidance Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage#getGuidanceKind()
 * @model
 * @generated
 */
public enum GuidanceKind implements Enumerator {
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
	 * The '<em><b>Topic Synopsis</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPIC_SYNOPSIS_VALUE
	 * @generated
	 * @ordered
	 */
	TOPIC_SYNOPSIS(1, "topicSynopsis", "topic synopsis"),

	/**
	 * The '<em><b>Delivery Guidance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_GUIDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY_GUIDANCE(2, "deliveryGuidance", "delivery guidance"),

	/**
	 * The '<em><b>Assessment Guidance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT_GUIDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSMENT_GUIDANCE(3, "assessmentGuidance", "assessment guidance");

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
	 * The '<em><b>Topic Synopsis</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPIC_SYNOPSIS
	 * @model name="topicSynopsis" literal="topic synopsis"
	 * @generated
	 * @ordered
	 */
	public static final int TOPIC_SYNOPSIS_VALUE = 1;

	/**
	 * The '<em><b>Delivery Guidance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_GUIDANCE
	 * @model name="deliveryGuidance" literal="delivery guidance"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_GUIDANCE_VALUE = 2;

	/**
	 * The '<em><b>Assessment Guidance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT_GUIDANCE
	 * @model name="assessmentGuidance" literal="assessment guidance"
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSMENT_GUIDANCE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Guidance Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GuidanceKind[] VALUES_ARRAY =
		new GuidanceKind[] {
			OTHER,
			TOPIC_SYNOPSIS,
			DELIVERY_GUIDANCE,
			ASSESSMENT_GUIDANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Guidance Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GuidanceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Guidance Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuidanceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guidance Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuidanceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guidance Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case TOPIC_SYNOPSIS_VALUE: return TOPIC_SYNOPSIS;
			case DELIVERY_GUIDANCE_VALUE: return DELIVERY_GUIDANCE;
			case ASSESSMENT_GUIDANCE_VALUE: return ASSESSMENT_GUIDANCE;
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
	private GuidanceKind(int value, String name, String literal) {
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
	
} //GuidanceKind
