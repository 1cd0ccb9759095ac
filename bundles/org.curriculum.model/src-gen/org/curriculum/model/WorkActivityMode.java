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
 * A representation of the literals of the enumeration '<em><b>Work Activity Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage#getWorkActivityMode()
 * @model
 * @generated
 */
public enum WorkActivityMode implements Enumerator {
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Observe And Assist</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVE_AND_ASSIST_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVE_AND_ASSIST(1, "observeAndAssist", "observe and assist"),

	/**
	 * The '<em><b>Under Supervision</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_SUPERVISION_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_SUPERVISION(2, "underSupervision", "under supervision"),

	/**
	 * The '<em><b>Independently</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDEPENDENTLY_VALUE
	 * @generated
	 * @ordered
	 */
	INDEPENDENTLY(3, "independently", "independently");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Observe And Assist</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVE_AND_ASSIST
	 * @model name="observeAndAssist" literal="observe and assist"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVE_AND_ASSIST_VALUE = 1;

	/**
	 * The '<em><b>Under Supervision</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_SUPERVISION
	 * @model name="underSupervision" literal="under supervision"
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_SUPERVISION_VALUE = 2;

	/**
	 * The '<em><b>Independently</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDEPENDENTLY
	 * @model name="independently"
	 * @generated
	 * @ordered
	 */
	public static final int INDEPENDENTLY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Work Activity Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WorkActivityMode[] VALUES_ARRAY =
		new WorkActivityMode[] {
			UNSPECIFIED,
			OBSERVE_AND_ASSIST,
			UNDER_SUPERVISION,
			INDEPENDENTLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Work Activity Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WorkActivityMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Work Activity Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkActivityMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkActivityMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Activity Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkActivityMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkActivityMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Activity Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkActivityMode get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case OBSERVE_AND_ASSIST_VALUE: return OBSERVE_AND_ASSIST;
			case UNDER_SUPERVISION_VALUE: return UNDER_SUPERVISION;
			case INDEPENDENTLY_VALUE: return INDEPENDENTLY;
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
	private WorkActivityMode(int value, String name, String literal) {
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
	
} //WorkActivityMode
